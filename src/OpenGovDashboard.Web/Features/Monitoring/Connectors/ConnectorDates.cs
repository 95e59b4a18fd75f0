using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// The dates sources write: list-page forms (<c>2019-11-06</c>, <c>2019/11/06</c>, <c>2019.11.06</c>,
/// <c>2019年11月6日</c>, <c>[11-06]</c>), RFC 822 and ISO 8601 feed times, Weibo's <c>Tue Nov 05 09:30:00 +0800 2019</c>.
/// A time without an offset is Shanghai time; a date without a year is the latest such day not after the run date.
/// </summary>
internal static partial class ConnectorDates
{
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,

        // Chinese feeds that write CST mean China Standard Time, not US Central.
        ["CST"] = 8,
    };

    /// <summary>Finds the first date of a list entry's text.</summary>
    public static bool TryFindListDate(string? text, DateOnly runDate, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var match in (IEnumerable<Match>)[ChineseYearMonthDay().Match(text), YearMonthDay().Match(text)])
        {
            if (match.Success && TryDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out var day))
            {
                value = At(day, match.Groups["h"].Value, match.Groups["min"].Value, match.Groups["s"].Value);
                return true;
            }
        }

        var monthDay = ChineseMonthDay().Match(text) is { Success: true } chinese ? chinese : MonthDay().Match(text);
        if (monthDay.Success && TryDate(runDate.Year.ToString(CultureInfo.InvariantCulture), monthDay.Groups["m"].Value, monthDay.Groups["d"].Value, out var thisYear))
        {
            var day = thisYear <= runDate ? thisYear : thisYear.AddYears(-1);
            value = At(day, "", "", "");
            return true;
        }

        return false;
    }

    /// <summary>Reads a feed's time: RFC 822 (<c>pubDate</c>), ISO 8601 (<c>updated</c>, <c>published</c>), or a list-page form.</summary>
    public static bool TryParseFeedDate(string? text, DateOnly runDate, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var rfc = Rfc822().Match(trimmed);
        if (rfc.Success)
        {
            var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
                m => m.Length > 0 && string.Equals(m, rfc.Groups["mon"].Value[..3], StringComparison.OrdinalIgnoreCase)) + 1;
            var year = int.Parse(rfc.Groups["y"].Value, CultureInfo.InvariantCulture);
            year = year < 100 ? 2000 + year : year;
            if (month > 0 && TryOffset(rfc.Groups["zone"].Value, out var offset)
                && TryDate(year.ToString(CultureInfo.InvariantCulture), month.ToString(CultureInfo.InvariantCulture), rfc.Groups["d"].Value, out var day))
            {
                value = new DateTimeOffset(day.ToDateTime(Time(rfc.Groups["h"].Value, rfc.Groups["min"].Value, rfc.Groups["s"].Value)), offset);
                return true;
            }

            return false;
        }

        var iso = Iso8601().Match(trimmed);
        if (iso.Success)
        {
            var zone = iso.Groups["zone"];
            var withoutZone = zone.Success ? trimmed[..zone.Index] : trimmed;
            if (DateTime.TryParse(withoutZone, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                && TryOffset(zone.Success ? zone.Value : "", out var isoOffset))
            {
                value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), isoOffset);
                return true;
            }

            return false;
        }

        return TryFindListDate(trimmed, runDate, out value);
    }

    /// <summary>Weibo's <c>created_at</c>: <c>Tue Nov 05 09:30:00 +0800 2019</c>.</summary>
    public static bool TryParseWeibo(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text?.Trim(), "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Unix seconds (WeChat) as a Shanghai time.</summary>
    public static DateTimeOffset FromUnixSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(ShanghaiOffset);

    private static bool TryOffset(string zone, out TimeSpan offset)
    {
        offset = ShanghaiOffset;
        if (string.IsNullOrWhiteSpace(zone))
        {
            return true;
        }

        var numeric = NumericZone().Match(zone);
        if (numeric.Success)
        {
            var minutes = (int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            offset = TimeSpan.FromMinutes(numeric.Groups["sign"].Value == "-" ? -minutes : minutes);
            return true;
        }

        if (Zones.TryGetValue(zone.Trim(), out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        return false;
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    private static DateTimeOffset At(DateOnly day, string hour, string minute, string second) =>
        new(day.ToDateTime(Time(hour, minute, second)), ShanghaiOffset);

    private static TimeOnly Time(string hour, string minute, string second)
    {
        if (hour.Length == 0)
        {
            return TimeOnly.MinValue;
        }

        var h = int.Parse(hour, CultureInfo.InvariantCulture);
        var m = int.Parse(minute, CultureInfo.InvariantCulture);
        var s = second.Length == 0 ? 0 : int.Parse(second, CultureInfo.InvariantCulture);
        return h < 24 && m < 60 && s < 60 ? new TimeOnly(h, m, s) : TimeOnly.MinValue;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex ChineseYearMonthDay();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?!\d)(?:[\sT]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?)?")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"(?<![\d年])(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex ChineseMonthDay();

    [GeneratedRegex(@"(?<![\d\-/.])(?<m>\d{1,2})-(?<d>\d{1,2})(?![\d\-])")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\s+(?<y>\d{2,4})\s+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<zone>.*)$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex Iso8601();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$")]
    private static partial Regex NumericZone();
}
