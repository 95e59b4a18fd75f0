namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>The period picker: 本月 / 本季度 / 本年 / 自定义.</summary>
public enum DashboardPeriod
{
    Month,
    Quarter,
    Year,
    Custom,
}

/// <summary>Turns the picker into a span of Shanghai days ending today (or the custom span).</summary>
public static class DashboardPeriods
{
    public static (DateOnly From, DateOnly To) Span(DashboardPeriod period, DateOnly today, DateOnly? customFrom, DateOnly? customTo) => period switch
    {
        DashboardPeriod.Month => (new DateOnly(today.Year, today.Month, 1), today),
        DashboardPeriod.Quarter => (new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1), today),
        DashboardPeriod.Custom when customFrom is { } from && customTo is { } to => from <= to ? (from, to) : (to, from),
        _ => (new DateOnly(today.Year, 1, 1), today),
    };

    /// <summary>The same span a year earlier, for 同比.</summary>
    public static (DateOnly From, DateOnly To) YearEarlier(DateOnly from, DateOnly to) => (from.AddYears(-1), to.AddYears(-1));

    /// <summary>The series bucket that keeps a chart readable: days up to two months, weeks up to half a year, then months.</summary>
    public static Publishing.SummaryInterval IntervalFor(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) switch
    {
        <= 62 => Publishing.SummaryInterval.Day,
        <= 190 => Publishing.SummaryInterval.Week,
        _ => Publishing.SummaryInterval.Month,
    };
}
