using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// Counts postings for the dashboard and <c>GET /api/v1/postings/summary</c>, from the rollups: the day rollup
/// (channel × column) for the county, the month rollup (channel × unit) when a unit is asked for. Days at the
/// edges of a span that do not fill a month are counted from the postings themselves (an index range).
/// </summary>
public sealed class PublishingQueries(IDbContextFactory<DashboardDbContext> dbFactory, OrgUnitDirectory units)
{
    public async Task<PostingSummary> SummaryAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.Kind }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var columns = await db.Columns.AsNoTracking().Select(c => new { c.Id, c.Name, c.Category }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var tree = await units.GetAsync(cancellationToken);

        var facts = request.GroupBy == SummaryGroupBy.OrgUnit || request.OrgUnitId is not null
            ? await UnitFactsAsync(db, request, tree, cancellationToken)
            : await DayFactsAsync(db, request, cancellationToken);

        // Fold the facts into the requested key; facts without that dimension (no column, no unit) are left out.
        var keyed = facts.Select(f => (Key: request.GroupBy switch
            {
                SummaryGroupBy.Channel => f.ChannelId.ToString(CultureInfo.InvariantCulture),
                SummaryGroupBy.ChannelKind => channels.TryGetValue(f.ChannelId, out var c) ? JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()) : null,
                SummaryGroupBy.Column => f.ColumnKey is > 0 ? f.ColumnKey.Value.ToString(CultureInfo.InvariantCulture) : null,
                SummaryGroupBy.Category => f.ColumnKey is > 0 && columns.TryGetValue(f.ColumnKey.Value, out var col) ? JsonNamingPolicy.CamelCase.ConvertName(col.Category.ToString()) : null,
                SummaryGroupBy.OrgUnit => f.OrgUnitKey is > 0 ? f.OrgUnitKey.Value.ToString(CultureInfo.InvariantCulture) : null,
                _ => null,
            }, Fact: f))
            .Where(x => x.Key is not null)
            .ToList();

        var groups = keyed.GroupBy(x => x.Key!)
            .Select(g => new SummaryGroup(
                g.Key,
                NameOf(request.GroupBy, g.Key, channels.ToDictionary(c => c.Key, c => c.Value.Name), columns.ToDictionary(c => c.Key, c => c.Value.Name), tree),
                g.Sum(x => x.Fact.Count),
                request.Interval == SummaryInterval.None
                    ? null
                    : [.. g.GroupBy(x => SummaryRequest.PeriodOf(x.Fact.Day, request.Interval)).OrderBy(p => p.Key).Select(p => new SummaryPoint(p.Key, p.Sum(x => x.Fact.Count)))]))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return new PostingSummary(request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category or SummaryGroupBy.OrgUnit ? groups.Sum(g => g.Count) : facts.Sum(f => f.Count), groups);
    }

    private static async Task<List<Fact>> DayFactsAsync(DashboardDbContext db, SummaryRequest request, CancellationToken cancellationToken)
    {
        var rows = db.PostingDayRollups.AsNoTracking().Where(r => r.Day >= request.From && r.Day <= request.To);
        var byColumn = request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category;
        var byDay = request.Interval != SummaryInterval.None;
        if (byColumn && byDay)
        {
            return await rows.Select(r => new Fact(r.Day, r.ChannelId, r.ColumnKey, null, r.Count)).ToListAsync(cancellationToken);
        }

        if (byColumn)
        {
            return await rows.GroupBy(r => new { r.ChannelId, r.ColumnKey })
                .Select(g => new Fact(request.From, g.Key.ChannelId, g.Key.ColumnKey, null, g.Sum(r => r.Count))).ToListAsync(cancellationToken);
        }

        if (byDay)
        {
            return await rows.GroupBy(r => new { r.Day, r.ChannelId })
                .Select(g => new Fact(g.Key.Day, g.Key.ChannelId, null, null, g.Sum(r => r.Count))).ToListAsync(cancellationToken);
        }

        return await rows.GroupBy(r => r.ChannelId)
            .Select(g => new Fact(request.From, g.Key, null, null, g.Sum(r => r.Count))).ToListAsync(cancellationToken);
    }

    private static async Task<List<Fact>> UnitFactsAsync(DashboardDbContext db, SummaryRequest request, OrgUnitTree tree, CancellationToken cancellationToken)
    {
        var unitIds = request.OrgUnitId is { } root ? tree.SubtreeOf(root).ToList() : null;

        // Whole months come from the month rollup; the days before the first and after the last whole month from postings.
        var firstWhole = request.From.Day == 1 ? request.From : new DateOnly(request.From.Year, request.From.Month, 1).AddMonths(1);
        var afterLastWhole = new DateOnly(request.To.Year, request.To.Month, 1);
        var lastDayOfMonth = afterLastWhole.AddMonths(1).AddDays(-1);
        if (request.To == lastDayOfMonth)
        {
            afterLastWhole = afterLastWhole.AddMonths(1);
        }

        // The month rollup has no column: a unit's view by column or category is counted from its postings.
        if (request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category)
        {
            firstWhole = afterLastWhole = request.To.AddDays(1);
        }

        var facts = new List<Fact>();
        if (firstWhole < afterLastWhole)
        {
            var first = (firstWhole.Year * 12) + firstWhole.Month;
            var last = (afterLastWhole.Year * 12) + afterLastWhole.Month - 1;
            var months = db.PostingMonthRollups.AsNoTracking().Where(r => (r.Year * 12) + r.Month >= first && (r.Year * 12) + r.Month <= last);
            if (unitIds is not null)
            {
                months = months.Where(r => unitIds.Contains(r.OrgUnitKey));
            }

            if (request.GroupBy == SummaryGroupBy.OrgUnit)
            {
                // The ranking needs no channel: let the database fold channels (and months, without a series) away.
                facts.AddRange(request.Interval == SummaryInterval.None
                    ? (await months.GroupBy(r => r.OrgUnitKey).Select(g => new { OrgUnitKey = g.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
                        .Select(m => new Fact(request.From, 0, null, m.OrgUnitKey, m.Count))
                    : (await months.GroupBy(r => new { r.Year, r.Month, r.OrgUnitKey }).Select(g => new { g.Key.Year, g.Key.Month, g.Key.OrgUnitKey, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
                        .Select(m => new Fact(new DateOnly(m.Year, m.Month, 1), 0, null, m.OrgUnitKey, m.Count)));
            }
            else
            {
                facts.AddRange((await months.GroupBy(r => new { r.Year, r.Month, r.ChannelId, r.OrgUnitKey })
                        .Select(g => new { g.Key.Year, g.Key.Month, g.Key.ChannelId, g.Key.OrgUnitKey, Count = g.Sum(r => r.Count) })
                        .ToListAsync(cancellationToken))
                    .Select(m => new Fact(new DateOnly(m.Year, m.Month, 1), m.ChannelId, null, m.OrgUnitKey, m.Count)));
            }
        }

        var edges = new List<(DateOnly From, DateOnly To)>();
        if (firstWhole >= afterLastWhole)
        {
            edges.Add((request.From, request.To));
        }
        else
        {
            if (request.From < firstWhole)
            {
                edges.Add((request.From, firstWhole.AddDays(-1)));
            }

            if (afterLastWhole <= request.To)
            {
                edges.Add((afterLastWhole, request.To));
            }
        }

        foreach (var (from, to) in edges)
        {
            var postings = db.Postings.AsNoTracking().Where(p => p.PublishedOn >= from && p.PublishedOn <= to);
            if (unitIds is not null)
            {
                postings = postings.Where(p => p.OrgUnitId != null && unitIds.Contains(p.OrgUnitId.Value));
            }

            facts.AddRange(await postings.GroupBy(p => new { p.PublishedOn, p.ChannelId, p.ColumnId, p.OrgUnitId })
                .Select(g => new Fact(g.Key.PublishedOn, g.Key.ChannelId, g.Key.ColumnId ?? 0, g.Key.OrgUnitId ?? 0, g.Count()))
                .ToListAsync(cancellationToken));
        }

        return facts;
    }

    private static string NameOf(SummaryGroupBy groupBy, string key, Dictionary<int, string> channels, Dictionary<int, string> columns, OrgUnitTree tree)
    {
        var id = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        return groupBy switch
        {
            SummaryGroupBy.Channel => channels.GetValueOrDefault(id) ?? key,
            SummaryGroupBy.Column => columns.GetValueOrDefault(id) ?? key,
            SummaryGroupBy.OrgUnit => tree.Find(id)?.Name ?? key,
            _ => key,
        };
    }

    /// <summary>One aggregated count: its day (or month start), channel, and column or unit where known.</summary>
    private sealed record Fact(DateOnly Day, int ChannelId, int? ColumnKey, int? OrgUnitKey, int Count);
}
