using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Trainings;

/// <summary>Read side of the training register: rows within the caller's unit scope, totals for the county.</summary>
public sealed class TrainingQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TrainingListItem>> ListAsync(UnitScope scope, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var query = db.TrainingSessions.AsNoTracking().Where(t => t.HeldOn >= from && t.HeldOn <= to);
        if (!scope.IsCountyWide)
        {
            var units = scope.UnitIds.ToList();
            query = query.Where(t => t.OrganiserOrgUnitId != null && units.Contains(t.OrganiserOrgUnitId.Value));
        }

        return await query
            .OrderBy(t => t.HeldOn).ThenBy(t => t.Id)
            .Select(t => new TrainingListItem(
                t.Id,
                t.HeldOn,
                t.Kind,
                t.Title,
                t.OrganiserOrgUnitId,
                db.OrgUnits.Where(u => u.Id == t.OrganiserOrgUnitId).Select(u => u.Name).FirstOrDefault(),
                t.Attendees,
                t.Hours,
                t.Notes))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Sessions and 人次 per month and per organising unit for a year and the one before — county figures every role
    /// sees (the roles table: county totals and rankings are not unit detail).
    /// </summary>
    public async Task<TrainingCharts> ChartsAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year - 1, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.TrainingSessions.AsNoTracking()
            .Where(t => t.HeldOn >= from && t.HeldOn <= to)
            .Select(t => new { t.HeldOn, t.Attendees, t.OrganiserOrgUnitId, Unit = db.OrgUnits.Where(u => u.Id == t.OrganiserOrgUnitId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var byMonth = Enumerable.Range(1, 12).Select(month =>
        {
            var now = rows.Where(r => r.HeldOn.Year == year && r.HeldOn.Month == month).ToList();
            var then = rows.Where(r => r.HeldOn.Year == year - 1 && r.HeldOn.Month == month).ToList();
            var key = month.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new TrainingBucket(key, key, now.Count, now.Sum(r => r.Attendees), then.Count, then.Sum(r => r.Attendees));
        }).ToList();
        var byUnit = rows
            .GroupBy(r => (r.OrganiserOrgUnitId, r.Unit))
            .Select(g => new TrainingBucket(
                g.Key.OrganiserOrgUnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                g.Key.Unit ?? "—",
                g.Count(r => r.HeldOn.Year == year),
                g.Where(r => r.HeldOn.Year == year).Sum(r => r.Attendees),
                g.Count(r => r.HeldOn.Year == year - 1),
                g.Where(r => r.HeldOn.Year == year - 1).Sum(r => r.Attendees)))
            .OrderByDescending(b => b.Sessions).ThenByDescending(b => b.Attendees).ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        return new TrainingCharts(byMonth, byUnit);
    }

    /// <summary>County totals for a year (not unit detail, so the same for every caller).</summary>
    public async Task<TrainingSummary> SummaryAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var byKind = await db.TrainingSessions.AsNoTracking()
            .Where(t => t.HeldOn >= from && t.HeldOn <= to)
            .GroupBy(t => t.Kind)
            .Select(g => new TrainingKindSummary(g.Key, g.Count(), g.Sum(t => t.Attendees)))
            .ToListAsync(cancellationToken);
        return new TrainingSummary(byKind.Sum(k => k.Sessions), byKind.Sum(k => k.Attendees), [.. byKind.OrderBy(k => k.Kind)]);
    }
}

/// <summary>Sessions and 人次 of one month or one unit, this year and the year before.</summary>
public sealed record TrainingBucket(string Key, string Name, int Sessions, int Attendees, int SessionsLastYear, int AttendeesLastYear);

public sealed record TrainingCharts(IReadOnlyList<TrainingBucket> ByMonth, IReadOnlyList<TrainingBucket> ByUnit);

public sealed record TrainingListItem(
    int Id, DateOnly HeldOn, TrainingKind Kind, string Title, int? OrganiserId, string? Organiser, int Attendees, decimal? Hours, string? Notes);

public sealed record TrainingSummary(int Sessions, int Attendees, IReadOnlyList<TrainingKindSummary> ByKind);

public sealed record TrainingKindSummary(TrainingKind Kind, int Sessions, int Attendees);
