using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>Everything the overview shows for one period and unit, from the rollups.</summary>
public sealed record DashboardData(
    DateOnly From,
    DateOnly To,
    SummaryInterval Interval,
    IReadOnlyList<KindKpi> Kinds,
    IReadOnlyList<SummaryGroup> Categories,
    IReadOnlyList<ChannelSeries> Channels,
    IReadOnlyList<SummaryGroup> Ranking,
    IReadOnlyList<TrainingCount> Trainings)
{
    public int Total => Kinds.Sum(k => k.Count);

    public int LastYearTotal => Kinds.Sum(k => k.LastYear);
}

/// <summary>A channel kind's count in the period and in the same period a year earlier (同比).</summary>
public sealed record KindKpi(ChannelKind Kind, int Count, int LastYear)
{
    /// <summary>Change against last year in percent; null when last year had none.</summary>
    public double? YearOnYear => LastYear == 0 ? null : Math.Round((Count - LastYear) * 100.0 / LastYear, 1);
}

/// <summary>One channel's count and series in the period.</summary>
public sealed record ChannelSeries(int ChannelId, string Name, ChannelKind Kind, int Count, IReadOnlyList<SummaryPoint> Series);
