using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Administration;

/// <summary>Searches the audit log by user, entity and Shanghai date span, newest first, a page at a time.</summary>
public sealed class AuditQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<AuditEntry> Items, int Total)> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(a => a.Actor.Contains(filter.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = filter.Entity.Trim();
            query = query.Where(a => (a.EntityType != null && a.EntityType.Contains(entity)) || a.Action.Contains(entity) || (a.EntityId != null && a.EntityId == entity));
        }

        if (filter.From is { } from)
        {
            var fromUtc = ShanghaiTime.ToUtc(from, TimeOnly.MinValue);
            query = query.Where(a => a.AtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = ShanghaiTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(a => a.AtUtc < toUtc);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}

/// <summary>Audit-log search terms; empty terms match everything.</summary>
public sealed class AuditFilter
{
    public string? Actor { get; set; }

    public string? Entity { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
