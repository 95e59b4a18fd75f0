using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>The overview's figures that do not come from the posting rollups: trainings and briefings in a span.</summary>
public sealed class OverviewQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TrainingCount>> TrainingsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trainings = await db.TrainingSessions.AsNoTracking()
            .Where(t => t.HeldOn >= from && t.HeldOn <= to)
            .GroupBy(t => t.Kind)
            .Select(g => new TrainingCount(g.Key, g.Count(), g.Sum(t => t.Attendees)))
            .ToListAsync(cancellationToken);
        return [.. trainings.OrderBy(t => t.Kind)];
    }
}

public sealed record TrainingCount(TrainingKind Kind, int Sessions, int Attendees);
