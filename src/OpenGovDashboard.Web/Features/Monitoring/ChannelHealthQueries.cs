using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;
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

    public HealthThresholds ToThresholds() =>
        new(NewsDays, NoticesDays, YearlyDays, NewMediaDays, HomePageDays, VetoSilentColumns, VetoStaleColumns, VetoEmptyColumns, WarnDaysBefore);
}

/// <summary>
/// Every live channel and column's health on a day, read from the day rollup (the last day with a posting on or before
/// it), judged by <see cref="ChannelHealthRules"/>. Channel health is a county-level fact: every reader sees it.
/// </summary>
public sealed class ChannelHealthQueries(IDbContextFactory<DashboardDbContext> dbFactory, IOptions<HealthThresholdOptions> options)
{
    public HealthThresholds Thresholds => options.Value.ToThresholds();

    public async Task<IReadOnlyList<ChannelHealth>> AssessAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking()
            .Where(c => c.LaunchedOn <= asOf && (c.RetiredOn == null || c.RetiredOn > asOf))
            .Include(c => c.Columns)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var lastByColumn = await db.PostingDayRollups.AsNoTracking()
            .Where(r => r.Day <= asOf && r.Count > 0)
            .GroupBy(r => new { r.ChannelId, r.ColumnKey })
            .Select(g => new { g.Key.ChannelId, g.Key.ColumnKey, Last = g.Max(r => r.Day) })
            .ToListAsync(cancellationToken);
        var thresholds = Thresholds;
        return [.. channels
            .OrderBy(c => c.Kind).ThenBy(c => c.Id)
            .Select(channel =>
            {
                var mine = lastByColumn.Where(l => l.ChannelId == channel.Id).ToList();
                var facts = new ChannelFacts(channel.Id, channel.Name, channel.Kind, channel.LaunchedOn,
                    mine.Count == 0 ? null : mine.Max(l => l.Last),
                    [.. channel.Columns.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
                        .Select(c => new ColumnFacts(c.Id, c.Name, c.UpdateClass, mine.FirstOrDefault(l => l.ColumnKey == c.Id)?.Last))]);
                return ChannelHealthRules.Assess(facts, asOf, thresholds);
            })];
    }
}
