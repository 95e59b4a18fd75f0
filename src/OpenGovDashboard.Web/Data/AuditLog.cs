using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data;

/// <summary>Adds audit entries to a context, so that they commit together with the change they describe.</summary>
public sealed class AuditLog(TimeProvider clock)
{
    public void Add(DashboardDbContext db, string actor, string action, string? entityType = null, string? entityId = null, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary,
        });
    }
}
