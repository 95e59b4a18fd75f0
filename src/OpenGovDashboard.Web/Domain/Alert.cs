namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 提醒 — something a unit and the admins must act on (a request due soon or overdue; later a silent column): shown in the
/// app to the unit's people and to admins, and passed to the configured notification hooks. <see cref="Key"/> names the
/// condition, so a job raising the same alert every day keeps one row.
/// </summary>
public sealed class Alert
{
    public long Id { get; set; }

    /// <summary>The condition, unique: e.g. <c>request:12:overdue</c>.</summary>
    public required string Key { get; set; }

    public AlertSeverity Severity { get; set; }

    /// <summary>The unit that must act; null for the admins only.</summary>
    public int? OrgUnitId { get; set; }

    public required string Title { get; set; }

    public required string Message { get; set; }

    /// <summary>Where in the app to act on it (a relative link).</summary>
    public string? Link { get; set; }

    public DateTime RaisedAtUtc { get; set; }

    /// <summary>When the condition stopped holding (the request was answered); resolved alerts leave the bell.</summary>
    public DateTime? ResolvedAtUtc { get; set; }
}

public enum AlertSeverity
{
    Info,
    Warning,
    Error,
}
