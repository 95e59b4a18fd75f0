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

public sealed record TrainingListItem(
    int Id, DateOnly HeldOn, TrainingKind Kind, string Title, int? OrganiserId, string? Organiser, int Attendees, decimal? Hours, string? Notes);

public sealed record TrainingSummary(int Sessions, int Attendees, IReadOnlyList<TrainingKindSummary> ByKind);

public sealed record TrainingKindSummary(TrainingKind Kind, int Sessions, int Attendees);
