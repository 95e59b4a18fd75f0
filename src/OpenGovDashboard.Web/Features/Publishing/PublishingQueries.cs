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

        // Only what the answer needs leaves the database: the key (channel, or column) and, for a series, the day or month.
        // At province scale a year holds ~100,000 day rows; sending them all to be folded here cost most of the time.
        var byColumn = request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category;
        var keyed = byColumn
            ? rows.Where(r => r.ColumnKey > 0).Select(r => new DayCount { Day = r.Day, Key = r.ColumnKey, Count = r.Count })
            : rows.Select(r => new DayCount { Day = r.Day, Key = r.ChannelId, Count = r.Count });
        var counts = await GroupAsync(keyed, request, cancellationToken);
        return [.. counts.Select(c => byColumn ? new Fact(c.Day, 0, c.Key, null, c.Count) : new Fact(c.Day, c.Key, null, null, c.Count))];
    }

    private static async Task<List<Fact>> UnitFactsAsync(DashboardDbContext db, SummaryRequest request, OrgUnitTree tree, CancellationToken cancellationToken)
    {
        var unitIds = request.OrgUnitId is { } root ? tree.SubtreeOf(root).ToList() : null;
        var byUnit = request.GroupBy == SummaryGroupBy.OrgUnit;
        var byColumn = request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category;
        Fact ToFact(DayCount c) => byUnit ? new Fact(c.Day, 0, null, c.Key, c.Count)
            : byColumn ? new Fact(c.Day, 0, c.Key, null, c.Count)
            : new Fact(c.Day, c.Key, null, null, c.Count);

        // Whole months come from the month rollup; the days before the first and after the last whole month from postings.
        var firstWhole = request.From.Day == 1 ? request.From : new DateOnly(request.From.Year, request.From.Month, 1).AddMonths(1);
        var afterLastWhole = new DateOnly(request.To.Year, request.To.Month, 1);
        var lastDayOfMonth = afterLastWhole.AddMonths(1).AddDays(-1);
        if (request.To == lastDayOfMonth)
        {
            afterLastWhole = afterLastWhole.AddMonths(1);
        }

        // The month rollup has no column: a unit's view by column or category is counted from its postings.
        if (byColumn)
        {
            firstWhole = afterLastWhole = request.To.AddDays(1);
        }

        var facts = new List<Fact>();
        if (firstWhole < afterLastWhole)
        {
            var (firstYear, firstMonth) = (firstWhole.Year, firstWhole.Month);
            var lastWhole = afterLastWhole.AddMonths(-1);
            var (lastYear, lastMonth) = (lastWhole.Year, lastWhole.Month);

            // Compared column by column (not as Year * 12 + Month) so that the database can seek on the (Year, Month, …)
            // index and estimate how many rows match.
            var months = db.PostingMonthRollups.AsNoTracking()
                .Where(r => (r.Year > firstYear || (r.Year == firstYear && r.Month >= firstMonth))
                    && (r.Year < lastYear || (r.Year == lastYear && r.Month <= lastMonth)));
            if (unitIds is not null)
            {
                months = months.Where(r => unitIds.Contains(r.OrgUnitKey));
            }

            var keyed = byUnit
                ? months.Where(r => r.OrgUnitKey > 0).Select(r => new MonthCount { Year = r.Year, Month = r.Month, Key = r.OrgUnitKey, Count = r.Count })
                : months.Select(r => new MonthCount { Year = r.Year, Month = r.Month, Key = r.ChannelId, Count = r.Count });
            var counts = request.Interval == SummaryInterval.None
                ? (await keyed.GroupBy(r => r.Key).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
                    .Select(g => new DayCount { Day = firstWhole, Key = g.Key, Count = g.Count })
                : (await keyed.GroupBy(r => new { r.Year, r.Month, r.Key }).Select(g => new { g.Key.Year, g.Key.Month, g.Key.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
                    .Select(g => new DayCount { Day = new DateOnly(g.Year, g.Month, 1), Key = g.Key, Count = g.Count });
            facts.AddRange(counts.Select(ToFact));
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

            var keyed = byUnit ? postings.Where(p => p.OrgUnitId != null).Select(p => new DayCount { Day = p.PublishedOn, Key = p.OrgUnitId!.Value, Count = 1 })
                : byColumn ? postings.Where(p => p.ColumnId != null).Select(p => new DayCount { Day = p.PublishedOn, Key = p.ColumnId!.Value, Count = 1 })
                : postings.Select(p => new DayCount { Day = p.PublishedOn, Key = p.ChannelId, Count = 1 });
            facts.AddRange((await GroupAsync(keyed, request with { From = from }, cancellationToken)).Select(ToFact));
        }

        return facts;
    }

    /// <summary>Sums counts per key, and per day or month when the request asks for a series (weeks are folded from days).</summary>
    private static async Task<List<DayCount>> GroupAsync(IQueryable<DayCount> rows, SummaryRequest request, CancellationToken cancellationToken) => request.Interval switch
    {
        SummaryInterval.None => [.. (await rows.GroupBy(r => r.Key).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
            .Select(g => new DayCount { Day = request.From, Key = g.Key, Count = g.Count })],
        SummaryInterval.Month => [.. (await rows.GroupBy(r => new { r.Day.Year, r.Day.Month, r.Key })
                .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
            .Select(g => new DayCount { Day = new DateOnly(g.Year, g.Month, 1), Key = g.Key, Count = g.Count })],
        _ => await rows.GroupBy(r => new { r.Day, r.Key })
            .Select(g => new DayCount { Day = g.Key.Day, Key = g.Key.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken),
    };

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

    /// <summary>A count under one key (channel, column or unit id) on a day; a class with setters so that EF can group by its members.</summary>
    private sealed class DayCount
    {
        public DateOnly Day { get; init; }

        public int Key { get; init; }

        public int Count { get; init; }
    }

    /// <summary>As <see cref="DayCount"/>, for the month rollup.</summary>
    private sealed class MonthCount
    {
        public int Year { get; init; }

        public int Month { get; init; }

        public int Key { get; init; }

        public int Count { get; init; }
    }
}
