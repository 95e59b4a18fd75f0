namespace OpenGovDashboard.Web.Domain.Monitoring;

/// <summary>
/// 采集记录 — one source's run: when, how it was started, what it read, added and skipped (a bounded sample of the
/// skipped items with their reasons, <see cref="SkippedSample"/> as JSON), and the error that stopped it.
/// </summary>
public sealed class ConnectorRun
{
    public long Id { get; set; }

    /// <summary>The source's key: a stored source's name or a configured source's <c>Key</c>.</summary>
    public required string SourceKey { get; set; }

    /// <summary>The stored source, or null for one from configuration.</summary>
    public int? SourceId { get; set; }

    public int ChannelId { get; set; }

    public int? ColumnId { get; set; }

    public ConnectorKind Kind { get; set; }

    public ConnectorRunTrigger Trigger { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime FinishedAtUtc { get; set; }

    public int Attempts { get; set; }

    public int Fetched { get; set; }

    public int Added { get; set; }

    public int Duplicates { get; set; }

    public int Skipped { get; set; }

    public string? SkippedSample { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }
}

public enum ConnectorRunTrigger
{
    /// <summary>The nightly job.</summary>
    Schedule,

    /// <summary>An admin's 立即同步 or <c>POST /api/v1/channels/{id}/sync</c>.</summary>
    Manual,
}
