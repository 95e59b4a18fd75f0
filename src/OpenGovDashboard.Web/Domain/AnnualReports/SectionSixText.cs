using System.Globalization;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// 六、其他需要报告的事项 — the 2021 form reports 信息处理费 here ("收取信息处理费情况在此处报告", docs/domain.md §1.8;
/// fees under 国办函〔2020〕109号). The sentence is drafted from the fees the register recorded; the office edits it freely.
/// </summary>
public static class SectionSixText
{
    /// <summary>What the 2019 form's years print when there is nothing else to report.</summary>
    public const string Nothing = "无。";

    /// <summary>The year's fee sentence: "本年度共收取信息处理费2件、350元。", or that none was charged; null for the 2019 form, which has no such item.</summary>
    public static string? FeeSentence(int year, int requestsCharged, decimal amountYuan)
    {
        if (RequestReportForms.FormFor(year) == ReportForm.Form2019)
        {
            return null;
        }

        return requestsCharged == 0 || amountYuan == 0
            ? "本年度无收取信息处理费情况，收取信息处理费0元。"
            : string.Create(CultureInfo.InvariantCulture, $"本年度共收取信息处理费{requestsCharged}件、{amountYuan:0.##}元。");
    }

    /// <summary>The section's first draft: the fee sentence in 2021-form years, else <see cref="Nothing"/>.</summary>
    public static string Draft(int year, int requestsCharged, decimal amountYuan) => FeeSentence(year, requestsCharged, amountYuan) ?? Nothing;

    /// <summary>
    /// <paramref name="text"/> with its 信息处理费 line replaced by <paramref name="sentence"/>, or the sentence added as a line
    /// of its own when no line speaks of the fee (a lone "无。" is replaced); the office's other lines stay as written.
    /// </summary>
    public static string WithFeeSentence(string? text, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').ToList();
        var fee = lines.FindIndex(l => l.Contains("信息处理费", StringComparison.Ordinal));
        if (fee >= 0)
        {
            lines[fee] = sentence;
            return string.Join('\n', lines);
        }

        var kept = lines.Where(l => l.Trim().Length > 0 && l.Trim() != Nothing).ToList();
        return string.Join('\n', kept.Append(sentence));
    }
}
