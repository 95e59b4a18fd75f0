namespace OpenGovDashboard.Web.Domain;

/// <summary>When a recurring job last finished, so that work missed while the app was down is caught up at start-up.</summary>
public sealed class JobRun
{
    /// <summary>The recurring job's id, e.g. <c>audit-retention</c>.</summary>
    public required string JobId { get; set; }

    /// <summary>Real UTC time of the last successful run (not the demo's pinned clock: schedules run in real time).</summary>
    public DateTime LastSucceededAtUtc { get; set; }

    public string? LastResult { get; set; }
}
