using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Trainings;

/// <summary>Read side of the training register.</summary>
public sealed class TrainingQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TrainingListItem>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.TrainingSessions.AsNoTracking()
            .Where(t => t.HeldOn >= from && t.HeldOn <= to)
            .OrderBy(t => t.HeldOn)
            .Select(t => new TrainingListItem(
                t.Id,
                t.HeldOn,
                t.Kind,
                t.Title,
                db.OrgUnits.Where(u => u.Id == t.OrganiserOrgUnitId).Select(u => u.Name).FirstOrDefault(),
                t.Attendees,
                t.Hours))
            .ToListAsync(cancellationToken);
    }
}

public sealed record TrainingListItem(int Id, DateOnly HeldOn, TrainingKind Kind, string Title, string? Organiser, int Attendees, decimal? Hours);
