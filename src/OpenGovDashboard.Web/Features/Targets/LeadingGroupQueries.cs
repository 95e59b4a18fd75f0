using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>
/// 领导小组视图 — every target with where it stood at the end of last month, the unit ranking now and then, and a
/// target's line against the ideal. Rankings are county-level facts every role sees; target rows follow the caller's scope.
/// </summary>
public sealed class LeadingGroupQueries(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TargetQueries targets,
    CalendarService calendarService,
    AssessmentSettingsStore settingsStore)
{
    public async Task<LeadingGroupView> ViewAsync(UnitScope scope, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var settings = await settingsStore.GetAsync(cancellationToken);
        var all = await targets.ProgressAsync(UnitScope.CountyWide, year, asOf, cancellationToken);

        // "Last month" is the previous month's last day, or nothing when this month is the first of the year.
        var lastMonthEnd = asOf.AddDays(-asOf.Day);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = all.Select(r => r.TargetId).ToList();
        var then = lastMonthEnd.Year == year
            ? await db.TargetSnapshots.AsNoTracking()
                .Where(s => ids.Contains(s.TargetId) && s.Day == lastMonthEnd)
                .ToDictionaryAsync(s => s.TargetId, cancellationToken)
            : [];

        var rows = all
            .Where(r => r.OrgUnitId is null || scope.Covers(r.OrgUnitId))
            .Select(r => new LeadingGroupRow(r, then.TryGetValue(r.TargetId, out var s) ? s : null))
            .ToList();
        var ranking = UnitRanking.Compute(all.Where(r => r.OrgUnitId is not null).Select(r => Input(r, r.Progress.Actual, r.Progress.ExpectedByNow, r.Progress.Status)), settings);
        var rankingThen = UnitRanking.Compute(
            all.Where(r => r.OrgUnitId is not null && then.ContainsKey(r.TargetId))
                .Select(r => Input(r, then[r.TargetId].Actual, then[r.TargetId].ExpectedByNow, then[r.TargetId].Status)),
            settings);
        return new LeadingGroupView(year, asOf, then.Count > 0 ? lastMonthEnd : null, settings, rows, ranking, rankingThen.ToDictionary(s => s.UnitId));
    }

    /// <summary>A target's actual day by day (the snapshots, then today live) against the ideal pro-rata line; null outside the caller's scope.</summary>
    public async Task<TargetLine?> LineAsync(UnitScope scope, int targetId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (target is null || !(target.OrgUnitId is null || scope.Covers(target.OrgUnitId)))
        {
            return null;
        }

        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var settings = await settingsStore.GetAsync(cancellationToken);
        var snapshots = await db.TargetSnapshots.AsNoTracking().Where(s => s.TargetId == targetId && s.Day < asOf)
            .OrderBy(s => s.Day).Select(s => new LinePoint(s.Day, s.Actual)).ToListAsync(cancellationToken);
        var now = await targets.ProgressOfAsync(target, asOf, cancellationToken);
        if (asOf >= target.PeriodStart && asOf <= target.PeriodEnd)
        {
            snapshots.Add(new LinePoint(asOf, now.Progress.Actual));
        }

        var ideal = new List<LinePoint>();
        for (var day = target.PeriodStart; day <= target.PeriodEnd; day = day.AddDays(1))
        {
            ideal.Add(new LinePoint(day, TargetQueries.Progress(target, 0, day, calendar, settings).ExpectedByNow));
        }

        return new TargetLine(now, snapshots, ideal);
    }

    private static RankingInput Input(TargetProgressRow row, double actual, double expected, TargetStatus status) =>
        new(row.OrgUnitId!.Value, row.OrgUnit ?? "?", row.Direction, row.Target, actual, expected, status);
}

public sealed record LeadingGroupRow(TargetProgressRow Now, TargetSnapshot? LastMonth)
{
    /// <summary>Percentage points gained since the end of last month; null without a snapshot then.</summary>
    public double? PercentChange => LastMonth is { } then ? Math.Round(Now.Progress.Percent - then.Percent, 1) : null;
}

public sealed record LeadingGroupView(
    int Year,
    DateOnly AsOf,
    DateOnly? ComparedWith,
    AssessmentSettings Settings,
    IReadOnlyList<LeadingGroupRow> Rows,
    IReadOnlyList<UnitScore> Ranking,
    IReadOnlyDictionary<int, UnitScore> RankingThen);

public sealed record LinePoint(DateOnly Day, double Value);

public sealed record TargetLine(TargetProgressRow Target, IReadOnlyList<LinePoint> Actual, IReadOnlyList<LinePoint> Ideal);
