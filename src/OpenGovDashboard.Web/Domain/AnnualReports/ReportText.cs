using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// How a report's printed text is compared with the form's labels and read as figures: full- and half-width forms
/// folded, spaces and punctuation ignored for labels ("（一）" = "(一)", "1、" = "1.", "本年新 公开数量" = "本年新公开数量");
/// "增7" → 7, "减3" → −3, "75394432.52元" → 75394432.52 元; "", "-", "—", "/" and "无" are blank.
/// </summary>
internal static partial class ReportText
{
    /// <summary>NFKC (full-width digits, brackets and colons to ASCII) without whitespace.</summary>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => !char.IsWhiteSpace(c) && c != '\u200b' && c != '\ufeff'))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Letters and digits only, after <see cref="Compact"/>.</summary>
    public static string Key(string text) => string.Concat(Compact(text).Where(char.IsLetterOrDigit));

    public static ReportValue? Value(string text)
    {
        var compact = Compact(text);
        if (BlankPattern().IsMatch(compact))
        {
            return ReportValue.Blank;
        }

        var match = NumberPattern().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var number = decimal.Parse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var sign = match.Groups["sign"].Value;
        if (sign.StartsWith('减') || sign is "-" or "−")
        {
            number = -number;
        }

        var unit = match.Groups["unit"].Value;
        return new ReportValue(number, unit is "元" or "万元" or "亿元" ? unit : null);
    }

    /// <summary>The money unit a header names, e.g. "采购总金额(万元)" → 万元.</summary>
    public static string? UnitIn(string text)
    {
        var match = UnitPattern().Match(Compact(text));
        return match.Success ? match.Groups["unit"].Value : null;
    }

    [GeneratedRegex(@"^(|-+|—+|–+|/|\\|无|空)$")]
    private static partial Regex BlankPattern();

    [GeneratedRegex(@"^(?<sign>增加|减少|增|减|\+|-|−)?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>亿元|万元|元|人次|件|项|个|条|次|宗|人)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[(\[【]?(?:单位[:：])?(?<unit>亿元|万元|元)[)\]】]?")]
    private static partial Regex UnitPattern();
}
