using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>Composes the overview from the publishing rollups and the training register.</summary>
public sealed class DashboardQueries(PublishingQueries publishing, OverviewQueries overview, IDbContextFactory<DashboardDbContext> dbFactory, DashboardLoadGate gate)
{
    /// <summary>The overview for a span and unit, once a slot of the node's <see cref="DashboardLoadGate"/> is free.</summary>
    public Task<DashboardData> LoadAsync(DateOnly from, DateOnly to, int? orgUnitId, CancellationToken cancellationToken) =>
        gate.RunAsync(() => LoadNowAsync(from, to, orgUnitId, cancellationToken), cancellationToken);

    private async Task<DashboardData> LoadNowAsync(DateOnly from, DateOnly to, int? orgUnitId, CancellationToken cancellationToken)
    {
        var interval = DashboardPeriods.IntervalFor(from, to);
        var (lastFrom, lastTo) = DashboardPeriods.YearEarlier(from, to);
        // Independent reads, each on its own short-lived context: started together, so the page waits for the slowest
        // rather than for the sum (at province scale the sum of the county-wide five was ~50 ms on SQLite, docs/benchmarks.md).
        var kindsTask = publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.ChannelKind, SummaryInterval.None, orgUnitId), cancellationToken);
        var lastKindsTask = publishing.SummaryAsync(new SummaryRequest(lastFrom, lastTo, SummaryGroupBy.ChannelKind, SummaryInterval.None, orgUnitId), cancellationToken);
        var categoriesTask = publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.Category, SummaryInterval.None, orgUnitId), cancellationToken);
        var channelsTask = publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.Channel, interval, orgUnitId), cancellationToken);
        var rankingTask = publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.OrgUnit, SummaryInterval.None, orgUnitId), cancellationToken);
        var trainingsTask = overview.TrainingsAsync(from, to, cancellationToken);
        await Task.WhenAll(kindsTask, lastKindsTask, categoriesTask, channelsTask, rankingTask, trainingsTask);
        var (kinds, lastKinds, categories, channels, ranking, trainings) =
            (await kindsTask, await lastKindsTask, await categoriesTask, await channelsTask, await rankingTask, await trainingsTask);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channelList = await db.Channels.AsNoTracking()
            .Where(c => c.LaunchedOn <= to && (c.RetiredOn == null || c.RetiredOn >= from))
            .Select(c => new { c.Id, c.Name, c.Kind }).ToListAsync(cancellationToken);
        var byKey = channels.Groups.ToDictionary(g => g.Key);
        var series = channelList
            .Select(c => byKey.TryGetValue(c.Id.ToString(CultureInfo.InvariantCulture), out var g)
                ? new ChannelSeries(c.Id, c.Name, c.Kind, g.Count, g.Series ?? [])
                : new ChannelSeries(c.Id, c.Name, c.Kind, 0, []))
            .OrderBy(c => c.Kind).ThenByDescending(c => c.Count)
            .ToList();

        var now = kinds.Groups.ToDictionary(g => g.Key, g => g.Count);
        var before = lastKinds.Groups.ToDictionary(g => g.Key, g => g.Count);
        var kpis = Enum.GetValues<ChannelKind>()
            .Select(k => (Kind: k, Key: System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(k.ToString())))
            .Select(k => new KindKpi(k.Kind, now.GetValueOrDefault(k.Key), before.GetValueOrDefault(k.Key)))
            .ToList();
        return new DashboardData(from, to, interval, kpis, categories.Groups, series, [.. ranking.Groups.Take(15)], trainings);
    }
}
