using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary><c>Monitoring:Thresholds:*</c> — the 19号 lines, configurable (docs/domain.md §3); defaults are the national ones.</summary>
public sealed class HealthThresholdOptions
{
    public int NewsDays { get; set; } = 14;

    public int NoticesDays { get; set; } = 183;

    public int YearlyDays { get; set; } = 365;

    public int NewMediaDays { get; set; } = 14;

    public int HomePageDays { get; set; } = 14;

    public int VetoSilentColumns { get; set; } = 5;

    public int VetoStaleColumns { get; set; } = 10;

    public int VetoEmptyColumns { get; set; } = 5;

    public int WarnDaysBefore { get; set; } = 3;

    /// <summary>A probe answered slower than this (or not at all) failed: 19号 "超过(含)15秒仍打不开".</summary>
    public double ProbeSlowSeconds { get; set; } = 15;

    /// <summary>The share of failed probes in the window that vetoes a website (19号: ≥ 5 %).</summary>
    public double ProbeFailPercent { get; set; } = 5;

    public double ProbeWarnPercent { get; set; } = 3;

    /// <summary>The days of the availability window (19号: monitored for one week).</summary>
    public int ProbeWindowDays { get; set; } = 7;

    /// <summary>
    /// Scheduled probes a day that 19号 asks for ("监测1周，每天间隔性访问20次以上"). The window is judged once it holds this many
    /// times <see cref="ProbeWindowDays"/> scheduled probes (140 for a week: 20 a day on average), not this many in all:
    /// 20 probes for a whole week would judge a site on one afternoon. It is an average rather than a check of every day so
    /// that one day the scheduler missed (a restart, maintenance) does not leave a site's outage unjudged for a week; the
    /// default half-hourly schedule gives 48 a day. Manual probes (立即探测) never count.
    /// </summary>
    public int ProbeMinSamples { get; set; } = 20;

    public HealthThresholds ToThresholds() =>
        new(NewsDays, NoticesDays, YearlyDays, NewMediaDays, HomePageDays, VetoSilentColumns, VetoStaleColumns, VetoEmptyColumns, WarnDaysBefore,
            ProbeFailPercent, ProbeWarnPercent, ProbeMinSamples, ProbeWindowDays);
}

/// <summary>
/// Every live channel and column's health on a day, read from the day rollup (the last day with a posting on or before
/// it), judged by <see cref="ChannelHealthRules"/>. A channel's health is its owning unit's detail: a department editor
/// reads only their unit's channels (the <see cref="UnitScope"/> every reading method takes); the county-wide overload is
/// for the jobs.
/// </summary>
public sealed class ChannelHealthQueries(IDbContextFactory<DashboardDbContext> dbFactory, IOptions<HealthThresholdOptions> options)
{
    public HealthThresholds Thresholds => options.Value.ToThresholds();

    public Task<IReadOnlyList<ChannelHealth>> AssessAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        AssessAsync(asOf, UnitScope.CountyWide, cancellationToken);

    /// <summary>The channels a scope owns (a department editor's own unit's); county-wide, every channel.</summary>
    public async Task<IReadOnlyList<ChannelHealth>> AssessAsync(DateOnly asOf, UnitScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owned = scope.UnitIds.ToList();
        var channels = await db.Channels.AsNoTracking()
            .Where(c => c.LaunchedOn <= asOf && (c.RetiredOn == null || c.RetiredOn > asOf))
            .Where(c => scope.IsCountyWide || (c.OwnerOrgUnitId != null && owned.Contains(c.OwnerOrgUnitId.Value)))
            .Include(c => c.Columns)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var lastByColumn = await db.PostingDayRollups.AsNoTracking()
            .Where(r => r.Day <= asOf && r.Count > 0)
            .GroupBy(r => new { r.ChannelId, r.ColumnKey })
            .Select(g => new { g.Key.ChannelId, g.Key.ColumnKey, Last = g.Max(r => r.Day) })
            .ToListAsync(cancellationToken);
        var probed = await db.ChannelProbes.AsNoTracking().Select(p => p.ChannelId).ToListAsync(cancellationToken);
        var probes = await ProbeWindow.CountAsync(db, asOf, options.Value.ProbeWindowDays, cancellationToken);
        var thresholds = Thresholds;
        return [.. channels
            .OrderBy(c => c.Kind).ThenBy(c => c.Id)
            .Select(channel =>
            {
                var mine = lastByColumn.Where(l => l.ChannelId == channel.Id).ToList();
                var facts = new ChannelFacts(channel.Id, channel.Name, channel.Kind, channel.LaunchedOn,
                    mine.Count == 0 ? null : mine.Max(l => l.Last),
                    [.. channel.Columns.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
                        .Select(c => new ColumnFacts(c.Id, c.Name, c.UpdateClass, mine.FirstOrDefault(l => l.ColumnKey == c.Id)?.Last))],
                    probes.GetValueOrDefault(channel.Id) ?? (probed.Contains(channel.Id) ? new AvailabilityFacts(0, 0) : null));
                return ChannelHealthRules.Assess(facts, asOf, thresholds);
            })];
    }

    /// <summary>
    /// A channel's history of gaps over the year up to <paramref name="asOf"/>: the whole channel first (its home page or
    /// account), then each column with its limit — read from the day rollup, never from the postings themselves. Nothing for
    /// a channel outside <paramref name="scope"/>, whatever id the caller sent.
    /// </summary>
    public async Task<IReadOnlyList<GapHistory>> GapsAsync(UnitScope scope, int channelId, DateOnly asOf, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.AsNoTracking().Include(c => c.Columns).SingleOrDefaultAsync(c => c.Id == channelId, cancellationToken);
        if (channel is null || !scope.Covers(channel.OwnerOrgUnitId))
        {
            return [];
        }

        var from = asOf.AddYears(-1).AddDays(1);
        var days = await db.PostingDayRollups.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Day >= from && r.Day <= asOf && r.Count > 0)
            .Select(r => new { r.ColumnKey, r.Day })
            .ToListAsync(cancellationToken);
        var before = await db.PostingDayRollups.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Day < from && r.Count > 0)
            .GroupBy(r => r.ColumnKey)
            .Select(g => new { ColumnKey = g.Key, Last = g.Max(r => r.Day) })
            .ToDictionaryAsync(g => g.ColumnKey, g => g.Last, cancellationToken);
        var thresholds = Thresholds;
        var isPortalLike = channel.Kind is ChannelKind.Portal or ChannelKind.GovServiceSite;
        var whole = ColumnGaps.Assess(null, channel.Name, days.Select(d => d.Day), before.Count == 0 ? null : before.Values.Max(), from, asOf,
            isPortalLike ? thresholds.HomePageDays : thresholds.NewMediaDays, take);
        return
        [
            whole,
            .. channel.Columns.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => ColumnGaps.Assess(
                c.Id, c.Name, days.Where(d => d.ColumnKey == c.Id).Select(d => d.Day), before.TryGetValue(c.Id, out var last) ? last : null,
                from, asOf, thresholds.DaysFor(c.UpdateClass), take)),
        ];
    }
}
