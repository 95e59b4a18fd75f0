using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovDashboard.Web.Domain;

/// <summary>考核期 — a target's period as docs/api.md writes it: <c>2019</c>, <c>2019-Q3</c> or <c>2019-07</c>.</summary>
public sealed partial record TargetPeriod(string Label, DateOnly Start, DateOnly End)
{
    public static bool TryParse(string? text, out TargetPeriod period)
    {
        period = default!;
        var match = PeriodPattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2199)
        {
            return false;
        }

        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
            period = new TargetPeriod($"{year}-Q{quarter}", start, start.AddMonths(3).AddDays(-1));
            return true;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            var start = new DateOnly(year, month, 1);
            period = new TargetPeriod(string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}"), start, start.AddMonths(1).AddDays(-1));
            return true;
        }

        period = new TargetPeriod(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-Q(?<quarter>[1-4])|-(?<month>\d{2}))?$")]
    private static partial Regex PeriodPattern();
}
