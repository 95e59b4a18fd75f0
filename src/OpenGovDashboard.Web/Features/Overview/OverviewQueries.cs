using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>The overview's figures for a span of Shanghai days.</summary>
public sealed class OverviewQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<OverviewSummary> SummaryAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inSpan = db.Postings.AsNoTracking().Where(p => p.PublishedOn >= from && p.PublishedOn <= to);

        var perChannel = await inSpan.GroupBy(p => p.ChannelId)
            .Select(g => new { ChannelId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ChannelId, x => x.Count, cancellationToken);
        var channels = (await db.Channels.AsNoTracking()
                .Where(c => c.LaunchedOn <= to && (c.RetiredOn == null || c.RetiredOn >= from))
                .Select(c => new { c.Id, c.Name, c.Kind })
                .ToListAsync(cancellationToken))
            .Select(c => new ChannelCount(c.Id, c.Name, c.Kind, perChannel.GetValueOrDefault(c.Id)))
            .OrderBy(c => c.Kind).ThenByDescending(c => c.Postings)
            .ToList();

        var categories = await inSpan.Where(p => p.ColumnId != null)
            .Join(db.Columns, p => p.ColumnId, c => c.Id, (p, c) => c.Category)
            .GroupBy(category => category)
            .Select(g => new CategoryCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var trainings = await db.TrainingSessions.AsNoTracking()
            .Where(t => t.HeldOn >= from && t.HeldOn <= to)
            .GroupBy(t => t.Kind)
            .Select(g => new TrainingCount(g.Key, g.Count(), g.Sum(t => t.Attendees)))
            .ToListAsync(cancellationToken);

        return new OverviewSummary(
            channels,
            [.. categories.OrderBy(c => c.Category)],
            [.. trainings.OrderBy(t => t.Kind)]);
    }
}

public sealed record OverviewSummary(
    IReadOnlyList<ChannelCount> Channels,
    IReadOnlyList<CategoryCount> PortalCategories,
    IReadOnlyList<TrainingCount> Trainings)
{
    public int TotalPostings => Channels.Sum(c => c.Postings);
}

public sealed record ChannelCount(int ChannelId, string Name, ChannelKind Kind, int Postings);

public sealed record CategoryCount(ColumnCategory Category, int Postings);

public sealed record TrainingCount(TrainingKind Kind, int Sessions, int Attendees);
