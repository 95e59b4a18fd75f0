using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Channels;

/// <summary>Read side of channels and their columns.</summary>
public sealed class ChannelQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ChannelListItem>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking()
            .Select(c => new ChannelListItem(
                c.Id,
                c.Name,
                c.Kind,
                c.OwnerOrgUnitId,
                c.OwnerOrgUnit == null ? null : c.OwnerOrgUnit.Name,
                c.LaunchedOn,
                c.RetiredOn,
                c.Columns.OrderBy(col => col.SortOrder).ThenBy(col => col.Id)
                    .Select(col => new ColumnListItem(col.Id, col.Name, col.Category, col.UpdateClass))
                    .ToList(),
                c.Events.OrderBy(e => e.OccurredOn)
                    .Select(e => new ChannelEventItem(e.OccurredOn, e.Kind, e.Description))
                    .ToList()))
            .ToListAsync(cancellationToken);

        // Kinds are stored by name; order by their declared order (portal first), not alphabetically.
        return [.. channels.OrderBy(c => c.Kind).ThenBy(c => c.Id)];
    }

    /// <summary>Postings per channel on Shanghai days <paramref name="from"/>..<paramref name="to"/>, with each channel's latest posting day.</summary>
    public async Task<IReadOnlyDictionary<int, ChannelActivity>> ActivityAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Postings.AsNoTracking()
            .Where(p => p.PublishedOn >= from && p.PublishedOn <= to)
            .GroupBy(p => p.ChannelId)
            .Select(g => new { ChannelId = g.Key, Count = g.Count(), Last = g.Max(p => p.PublishedOn) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ChannelId, r => new ChannelActivity(r.Count, r.Last));
    }
}

public sealed record ChannelListItem(
    int Id,
    string Name,
    ChannelKind Kind,
    int? OwnerOrgUnitId,
    string? OwnerOrgUnit,
    DateOnly LaunchedOn,
    DateOnly? RetiredOn,
    IReadOnlyList<ColumnListItem> Columns,
    IReadOnlyList<ChannelEventItem> Events);

public sealed record ChannelEventItem(DateOnly OccurredOn, ChannelEventKind Kind, string Description);

public sealed record ColumnListItem(int Id, string Name, ColumnCategory Category, UpdateClass UpdateClass);

public sealed record ChannelActivity(int Postings, DateOnly LastPostedOn);
