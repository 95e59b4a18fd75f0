using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>The postings behind a chart: filtered, searched, sorted and paged in the database, within the caller's scope.</summary>
public sealed class PostingQueries(IDbContextFactory<DashboardDbContext> dbFactory, OrgUnitDirectory units)
{
    public const int MaxExportRows = 100_000;

    public async Task<(IReadOnlyList<PostingRow> Rows, int Total)> PageAsync(
        UnitScope scope, PostingFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = await FilteredAsync(db, scope, filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var rows = await Project(db, Sorted(query, filter)).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>Every matching posting (at most <see cref="MaxExportRows"/>), streamed for an export.</summary>
    public async IAsyncEnumerable<PostingRow> ExportAsync(UnitScope scope, PostingFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = await FilteredAsync(db, scope, filter, cancellationToken);
        await foreach (var row in Project(db, Sorted(query, filter)).Take(MaxExportRows).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    private async Task<IQueryable<Posting>> FilteredAsync(DashboardDbContext db, UnitScope scope, PostingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Postings.AsNoTracking().Where(p => p.PublishedOn >= filter.From && p.PublishedOn <= filter.To);
        if (filter.ChannelId is { } channelId)
        {
            query = query.Where(p => p.ChannelId == channelId);
        }

        if (filter.ChannelKind is { } kind)
        {
            query = query.Where(p => db.Channels.Any(c => c.Id == p.ChannelId && c.Kind == kind));
        }

        if (filter.ColumnId is { } columnId)
        {
            query = query.Where(p => p.ColumnId == columnId);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(p => db.Columns.Any(c => c.Id == p.ColumnId && c.Category == category));
        }

        // Unit detail: the asked unit's subtree, never wider than the caller's scope.
        var tree = await units.GetAsync(cancellationToken);
        IReadOnlySet<int>? allowed = filter.OrgUnitId is { } unitId ? tree.SubtreeOf(unitId) : null;
        if (!scope.IsCountyWide)
        {
            allowed = allowed is null ? scope.UnitIds : allowed.Where(scope.UnitIds.Contains).ToHashSet();
        }

        if (allowed is not null)
        {
            var ids = allowed.ToList();
            query = query.Where(p => p.OrgUnitId != null && ids.Contains(p.OrgUnitId.Value));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(p => p.Title.Contains(text));
        }

        return query;
    }

    private static IQueryable<Posting> Sorted(IQueryable<Posting> query, PostingFilter filter) => (filter.SortBy, filter.Descending) switch
    {
        (nameof(PostingRow.Title), false) => query.OrderBy(p => p.Title).ThenBy(p => p.Id),
        (nameof(PostingRow.Title), true) => query.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id),
        (_, false) => query.OrderBy(p => p.PublishedAtUtc).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id),
    };

    private static IQueryable<PostingRow> Project(DashboardDbContext db, IQueryable<Posting> query) =>
        query.Select(p => new PostingRow(
            p.Id,
            p.PublishedAtUtc,
            db.Channels.Where(c => c.Id == p.ChannelId).Select(c => c.Name).FirstOrDefault() ?? "",
            db.Columns.Where(c => c.Id == p.ColumnId).Select(c => c.Name).FirstOrDefault(),
            db.OrgUnits.Where(u => u.Id == p.OrgUnitId).Select(u => u.Name).FirstOrDefault(),
            p.Title,
            p.Url));
}

/// <summary>What a drill-down or export asks for; null members do not filter.</summary>
public sealed record PostingFilter(
    DateOnly From,
    DateOnly To,
    int? ChannelId = null,
    ChannelKind? ChannelKind = null,
    int? ColumnId = null,
    ColumnCategory? Category = null,
    int? OrgUnitId = null,
    string? Search = null,
    string? SortBy = null,
    bool Descending = true);

public sealed record PostingRow(long Id, DateTime PublishedAtUtc, string Channel, string? Column, string? OrgUnit, string Title, string? Url)
{
    public DateTimeOffset PublishedAt => ShanghaiTime.ToShanghai(PublishedAtUtc);
}
