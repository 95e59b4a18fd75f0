namespace OpenGovDashboard.Web.Domain;

/// <summary>审计日志 — who changed what, when: one entry per manual edit, import or API batch.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>A user name, or "apikey:NAME" for machine callers, or "system".</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? Summary { get; set; }
}
