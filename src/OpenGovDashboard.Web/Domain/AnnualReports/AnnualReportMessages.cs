using System.Globalization;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// The zh-CN and en-US texts of the annual-report reader: why a report could not be read, and the 第二十条 check's
/// details. Chosen by culture like the app's resources (zh-CN is the neutral language; any "en" culture gets English).
/// </summary>
public static class AnnualReportMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["AnnualReports.Parse.Title"] = ("无法读取年度报告", "The annual report could not be read"),
        [nameof(AnnualReportParseError.Empty)] = ("报告内容为空。", "The report is empty."),
        [nameof(AnnualReportParseError.YearNotFound)] = (
            "未找到报告年度：标题应为“XXXX年政府信息公开工作年度报告”。",
            "The reporting year was not found: the title should read “XXXX年政府信息公开工作年度报告”."),
        [nameof(AnnualReportParseError.RequestsTableNotFound)] = (
            "未找到表三“收到和处理政府信息公开申请情况”：没有“一、本年新收政府信息公开申请数量”一行。",
            "Table 三 (收到和处理政府信息公开申请情况) was not found: there is no row “一、本年新收政府信息公开申请数量”."),
        [nameof(AnnualReportParseError.InvalidCount)] = ("“{0}”中的“{1}”不是整数。", "“{1}” in “{0}” is not a whole number."),
        [nameof(AnnualReportParseError.UnsupportedFormat)] = (
            "不支持的文件类型“{0}”：请上传 .docx 或 .html 文件，或以纯文本提交。",
            "Unsupported file type “{0}”: upload a .docx or .html file, or send the report as plain text."),
        [nameof(AnnualReportParseError.UnreadableFile)] = ("无法打开文件“{0}”。", "The file “{0}” could not be opened."),
        ["AnnualReports.Check.Passed"] = ("检查的{0}项均相符。", "All {0} checked agree."),
        ["AnnualReports.Check.Separator"] = ("；", "; "),
        ["AnnualReports.Check.PreviousYear"] = (
            "“{0}”：{1}年上一年项目数量 {2} 加本年增/减 {3} 为 {4}，而{5}年上一年项目数量为 {6}",
            "“{0}”: {1}'s 上一年项目数量 {2} plus 本年增/减 {3} makes {4}, but {5}'s 上一年项目数量 is {6}"),
    };

    /// <summary>Every key with a text, for a test that no error lacks one.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    /// <summary>The problem's message in <paramref name="culture"/>.</summary>
    public static string Format(AnnualReportParseProblem problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Text(problem.Error.ToString(), culture, [.. problem.Subjects]);
    }

    /// <summary>The problems' messages in <paramref name="culture"/>, one after the other.</summary>
    public static string Describe(IEnumerable<AnnualReportParseProblem> problems, CultureInfo culture) =>
        string.Join(IsEnglish(culture) ? " " : "", problems.Select(p => Format(p, culture)));

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>; English for the invariant culture.</summary>
    public static string Text(string key, CultureInfo culture, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = Texts[key];
        return string.Format(culture, IsEnglish(culture) ? text.En : text.Zh, arguments);
    }

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName is "en" or "iv";
}
