using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>
/// 目标进度快照 — every night, after the rollups are rebuilt, records where each running target stood at the end of
/// every finished day of its period that has no snapshot yet (so a new target, or a night the server was down, is
/// back-filled from the data as it is now). A snapshot once taken is kept: it is what was known that night. Running
/// the job twice adds nothing.
/// </summary>
public sealed class TargetSnapshotJob(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TargetQueries queries,
    CalendarService calendarService,
    AssessmentSettingsStore settingsStore,
    TimeProvider clock)
{
    public const string Id = "target-snapshots";

    /// <summary>Every night at 02:30 Asia/Shanghai, after the 02:00 rollup rebuild.</summary>
    public const string Cron = "30 2 * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        // The last finished day: the job runs after midnight, so "yesterday" is complete.
        var lastDay = ShanghaiTime.Today(clock).AddDays(-1);
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var settings = await settingsStore.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(t => t.PeriodStart <= lastDay).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var taken = await db.TargetSnapshots.AsNoTracking()
            .GroupBy(s => s.TargetId)
            .Select(g => new { TargetId = g.Key, Count = g.Count(), Last = g.Max(s => s.Day) })
            .ToDictionaryAsync(s => s.TargetId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        var touched = 0;
        foreach (var target in targets)
        {
            var until = lastDay < target.PeriodEnd ? lastDay : target.PeriodEnd;
            var expectedDays = until.DayNumber - target.PeriodStart.DayNumber + 1;
            if (taken.TryGetValue(target.Id, out var existing) && existing.Count >= expectedDays)
            {
                continue;
            }

            var have = (await db.TargetSnapshots.AsNoTracking().Where(s => s.TargetId == target.Id).Select(s => s.Day).ToListAsync(cancellationToken)).ToHashSet();
            var actuals = await queries.DailyActualsAsync(target, until, cancellationToken);
            foreach (var (day, actual) in actuals.OrderBy(a => a.Key))
            {
                if (have.Contains(day))
                {
                    continue;
                }

                var progress = TargetQueries.Progress(target, actual, day, calendar, settings);
                db.TargetSnapshots.Add(new TargetSnapshot
                {
                    TargetId = target.Id,
                    Day = day,
                    Actual = actual,
                    ExpectedByNow = progress.ExpectedByNow,
                    Percent = progress.Percent,
                    Status = progress.Status,
                    TakenAtUtc = now,
                });
                added++;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                touched++;
            }
            catch (DbUpdateException)
            {
                // Another run (a retry, a second node) took this target's snapshots meanwhile: theirs stand.
                added -= db.ChangeTracker.Entries<TargetSnapshot>().Count();
            }

            db.ChangeTracker.Clear();
        }

        return string.Create(CultureInfo.InvariantCulture, $"{added} snapshots for {touched} of {targets.Count} targets, up to {lastDay:yyyy-MM-dd}");
    }
}
