using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>The <c>LiveSignal</c> section: how dashboards on several app nodes learn that data landed through another node.</summary>
public sealed class LiveSignalOptions
{
    public const string Section = "LiveSignal";

    /// <summary>
    /// Carry the signal through the database. Unset: on for SQL Server and PostgreSQL (where several nodes can share the
    /// database), off for the embedded SQLite (one node by design).
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How often each node reads the signal row: the most a dashboard on another node lags (default 1 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
