namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>How <c>GET /api/v1/postings/summary</c> groups.</summary>
public enum SummaryGroupBy
{
    Channel,
    ChannelKind,
    Column,
    Category,
    OrgUnit,
}

/// <summary>The series bucket; weeks start on Monday.</summary>
public enum SummaryInterval
{
    None,
    Day,
    Week,
    Month,
}

public sealed record SummaryPoint(DateOnly Period, int Count);

public sealed record SummaryGroup(string Key, string Name, int Count, IReadOnlyList<SummaryPoint>? Series);

public sealed record PostingSummary(int Total, IReadOnlyList<SummaryGroup> Groups);

/// <summary>What to count: a span of Shanghai days, optionally one unit's subtree only.</summary>
public sealed record SummaryRequest(DateOnly From, DateOnly To, SummaryGroupBy GroupBy, SummaryInterval Interval, int? OrgUnitId = null)
{
    public static DateOnly PeriodOf(DateOnly day, SummaryInterval interval) => interval switch
    {
        SummaryInterval.Day => day,
        SummaryInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        SummaryInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => default,
    };
}
