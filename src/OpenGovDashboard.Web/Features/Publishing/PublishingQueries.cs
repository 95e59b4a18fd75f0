using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// Counts postings for the dashboard and <c>GET /api/v1/postings/summary</c>, from the rollups. A span is read as its whole
/// months from a month rollup and its edge days (or, for a day or week series, all its days) from a day grain:
/// <list type="bullet">
/// <item>the county by channel or column: month × channel × column, and day × channel × column;</item>
/// <item>the unit ranking: month × unit, and day × unit (within one unit's subtree, its postings);</item>
/// <item>one unit's subtree by channel: month × channel × unit, and the subtree's postings (a range of the
/// (OrgUnitId, PublishedOn, …) index); by column, its postings only (no rollup has unit and column).</item>
/// </list>
/// </summary>
/// <remarks>County-wide facts are kept between ingests by <see cref="SummaryCache"/>.</remarks>
public sealed class PublishingQueries(IDbContextFactory<DashboardDbContext> dbFactory, OrgUnitDirectory units, SummaryCache cache)
{
    public async Task<PostingSummary> SummaryAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.Kind }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var columns = await db.Columns.AsNoTracking().Select(c => new { c.Id, c.Name, c.Category }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var tree = await units.GetAsync(cancellationToken);

        // What the names of an answer depend on: a renamed channel, column or unit must not be served from the cache.
        var names = new NamesKey(NamesStamp(channels.Values.Select(c => (c.Id, c.Name, c.Kind.ToString())))
            ^ NamesStamp(columns.Values.Select(c => (c.Id, c.Name, c.Category.ToString()))), tree);
        var countyWide = request.OrgUnitId is null;
        if (countyWide && cache.FoldedWith(request, names) is { } folded)
        {
            return folded;
        }

        var version = cache.Version;
        if (!countyWide || !cache.TryGetFacts(request, out var facts))
        {
            facts = request.GroupBy == SummaryGroupBy.OrgUnit ? await RankingFactsAsync(db, request, tree, cancellationToken)
                : request.OrgUnitId is not null ? await UnitFactsAsync(db, request, tree, cancellationToken)
                : await CountyFactsAsync(db, request, cancellationToken);
        }

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

        var channelNames = channels.ToDictionary(c => c.Key, c => c.Value.Name);
        var columnNames = columns.ToDictionary(c => c.Key, c => c.Value.Name);
        var groups = keyed.GroupBy(x => x.Key!)
            .Select(g => new SummaryGroup(
                g.Key,
                NameOf(request.GroupBy, g.Key, channelNames, columnNames, tree),
                g.Sum(x => x.Fact.Count),
                request.Interval == SummaryInterval.None
                    ? null
                    : [.. g.GroupBy(x => SummaryRequest.PeriodOf(x.Fact.Day, request.Interval)).OrderBy(p => p.Key).Select(p => new SummaryPoint(p.Key, p.Sum(x => x.Fact.Count)))]))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var summary = new PostingSummary(request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category or SummaryGroupBy.OrgUnit ? groups.Sum(g => g.Count) : facts.Sum(f => f.Count), groups);
        if (countyWide)
        {
            cache.Set(request, version, facts, names, summary);
        }

        return summary;
    }

    private static int NamesStamp(IEnumerable<(int Id, string Name, string Kind)> items) =>
        items.Aggregate(0, (stamp, item) => stamp ^ HashCode.Combine(item.Id, item.Name, item.Kind));

    /// <summary>The channels' and columns' names and kinds (as a stamp) and the unit tree (cached until a unit is edited).</summary>
    private sealed record NamesKey(int Stamp, OrgUnitTree Tree);

    /// <summary>The county by channel (kind) or column (category).</summary>
    private static async Task<List<SummaryFact>> CountyFactsAsync(DashboardDbContext db, SummaryRequest request, CancellationToken cancellationToken)
    {
        // Only what the answer needs leaves the database: the key (channel, or column) and, for a series, the day or month.
        var byColumn = request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category;
        SummaryFact ToFact(DayCount c) => byColumn ? new SummaryFact(c.Day, 0, c.Key, null, c.Count) : new SummaryFact(c.Day, c.Key, null, null, c.Count);
        IQueryable<DayCount> Days(DateOnly from, DateOnly to)
        {
            var rows = db.PostingDayRollups.AsNoTracking().Where(r => r.Day >= from && r.Day <= to);
            return byColumn
                ? rows.Where(r => r.ColumnKey > 0).Select(r => new DayCount { Day = r.Day, Key = r.ColumnKey, Count = r.Count })
                : rows.Select(r => new DayCount { Day = r.Day, Key = r.ChannelId, Count = r.Count });
        }

        IQueryable<MonthCount> Months()
        {
            var rows = db.PostingMonthColumnRollups.AsNoTracking();
            return byColumn
                ? rows.Where(r => r.ColumnKey > 0).Select(r => new MonthCount { Year = r.Year, Month = r.Month, Key = r.ColumnKey, Count = r.Count })
                : rows.Select(r => new MonthCount { Year = r.Year, Month = r.Month, Key = r.ChannelId, Count = r.Count });
        }

        return [.. (await SpanAsync(request, Days, Months, cancellationToken)).Select(ToFact)];
    }

    /// <summary>The unit ranking, county-wide or within one unit's subtree.</summary>
    private static async Task<List<SummaryFact>> RankingFactsAsync(DashboardDbContext db, SummaryRequest request, OrgUnitTree tree, CancellationToken cancellationToken)
    {
        var unitIds = request.OrgUnitId is { } root ? tree.SubtreeOf(root).ToList() : null;
        IQueryable<DayCount> Days(DateOnly from, DateOnly to)
        {
            // Within one subtree its postings are fewer than the day × unit rows of every unit, whose key starts with the day.
            return unitIds is null
                ? db.PostingDayUnitRollups.AsNoTracking().Where(r => r.Day >= from && r.Day <= to && r.OrgUnitKey > 0)
                    .Select(r => new DayCount { Day = r.Day, Key = r.OrgUnitKey, Count = r.Count })
                : db.Postings.AsNoTracking().Where(p => p.OrgUnitId != null && unitIds.Contains(p.OrgUnitId.Value) && p.PublishedOn >= from && p.PublishedOn <= to)
                    .Select(p => new DayCount { Day = p.PublishedOn, Key = p.OrgUnitId!.Value, Count = 1 });
        }

        IQueryable<MonthCount> Months()
        {
            var rows = db.PostingMonthUnitRollups.AsNoTracking().Where(r => r.OrgUnitKey > 0);
            rows = unitIds is null ? rows : rows.Where(r => unitIds.Contains(r.OrgUnitKey));
            return rows.Select(r => new MonthCount { Year = r.Year, Month = r.Month, Key = r.OrgUnitKey, Count = r.Count });
        }

        return [.. (await SpanAsync(request, Days, Months, cancellationToken)).Select(c => new SummaryFact(c.Day, 0, null, c.Key, c.Count))];
    }

    /// <summary>One unit's subtree by channel (kind) or column (category).</summary>
    private static async Task<List<SummaryFact>> UnitFactsAsync(DashboardDbContext db, SummaryRequest request, OrgUnitTree tree, CancellationToken cancellationToken)
    {
        var unitIds = tree.SubtreeOf(request.OrgUnitId!.Value).ToList();
        var byColumn = request.GroupBy is SummaryGroupBy.Column or SummaryGroupBy.Category;
        SummaryFact ToFact(DayCount c) => byColumn ? new SummaryFact(c.Day, 0, c.Key, null, c.Count) : new SummaryFact(c.Day, c.Key, null, null, c.Count);
        IQueryable<DayCount> Days(DateOnly from, DateOnly to)
        {
            var postings = db.Postings.AsNoTracking()
                .Where(p => p.OrgUnitId != null && unitIds.Contains(p.OrgUnitId.Value) && p.PublishedOn >= from && p.PublishedOn <= to);
            return byColumn
                ? postings.Where(p => p.ColumnId != null).Select(p => new DayCount { Day = p.PublishedOn, Key = p.ColumnId!.Value, Count = 1 })
                : postings.Select(p => new DayCount { Day = p.PublishedOn, Key = p.ChannelId, Count = 1 });
        }

        // The month rollup with a unit has no column: a unit's view by column or category is counted from its postings.
        Func<IQueryable<MonthCount>>? months = byColumn ? null : () => db.PostingMonthRollups.AsNoTracking()
            .Where(r => unitIds.Contains(r.OrgUnitKey))
            .Select(r => new MonthCount { Year = r.Year, Month = r.Month, Key = r.ChannelId, Count = r.Count });
        return [.. (await SpanAsync(request, Days, months, cancellationToken)).Select(ToFact)];
    }

    /// <summary>
    /// Counts a span per key (and per day or month for a series): whole months from <paramref name="months"/> unless the
    /// series is by day or week (a month row has no days) or there is no month grain; the other days from <paramref name="days"/>.
    /// </summary>
    private static async Task<List<DayCount>> SpanAsync(
        SummaryRequest request, Func<DateOnly, DateOnly, IQueryable<DayCount>> days, Func<IQueryable<MonthCount>>? months, CancellationToken cancellationToken)
    {
        var (firstWhole, afterLastWhole) = WholeMonths(request.From, request.To);
        if (months is null || request.Interval is SummaryInterval.Day or SummaryInterval.Week || firstWhole >= afterLastWhole)
        {
            return await GroupAsync(days(request.From, request.To), request, cancellationToken);
        }

        var lastWhole = afterLastWhole.AddMonths(-1);
        var (firstYear, firstMonth, lastYear, lastMonth) = (firstWhole.Year, firstWhole.Month, lastWhole.Year, lastWhole.Month);

        // Compared column by column (not as Year * 12 + Month) so that the database can seek on the (Year, Month, …) key.
        var inMonths = months().Where(r => (r.Year > firstYear || (r.Year == firstYear && r.Month >= firstMonth))
            && (r.Year < lastYear || (r.Year == lastYear && r.Month <= lastMonth)));
        var counts = request.Interval == SummaryInterval.None
            ? [.. (await inMonths.GroupBy(r => r.Key).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
                .Select(g => new DayCount { Day = firstWhole, Key = g.Key, Count = g.Count })]
            : (await inMonths.GroupBy(r => new { r.Year, r.Month, r.Key }).Select(g => new { g.Key.Year, g.Key.Month, g.Key.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken))
                .Select(g => new DayCount { Day = new DateOnly(g.Year, g.Month, 1), Key = g.Key, Count = g.Count }).ToList();

        if (request.From < firstWhole)
        {
            counts.AddRange(await GroupAsync(days(request.From, firstWhole.AddDays(-1)), request, cancellationToken));
        }

        if (afterLastWhole <= request.To)
        {
            counts.AddRange(await GroupAsync(days(afterLastWhole, request.To), request with { From = afterLastWhole }, cancellationToken));
        }

        return counts;
    }

    /// <summary>The first day of the first whole month in [from, to] and the first day after the last one; equal when there is none.</summary>
    internal static (DateOnly FirstWhole, DateOnly AfterLastWhole) WholeMonths(DateOnly from, DateOnly to)
    {
        var firstWhole = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var afterLastWhole = new DateOnly(to.Year, to.Month, 1);
        if (to == afterLastWhole.AddMonths(1).AddDays(-1))
        {
            afterLastWhole = afterLastWhole.AddMonths(1);
        }

        return firstWhole < afterLastWhole ? (firstWhole, afterLastWhole) : (firstWhole, firstWhole);
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
