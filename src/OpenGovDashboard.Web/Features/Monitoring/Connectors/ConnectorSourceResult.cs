using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>What one source's run came to: read, added, already there, skipped (with reasons), the error if it failed, and when it ran.</summary>
public sealed record ConnectorSourceResult(
    string Key,
    int ChannelId,
    int? ColumnId,
    ConnectorKind Kind,
    int Attempts,
    int Fetched,
    int Parsed,
    int Added,
    int Duplicates,
    IReadOnlyList<SkippedItem> Skipped,
    ConnectorError? Error,
    DateTimeOffset StartedAt = default,
    DateTimeOffset FinishedAt = default)
{
    public bool Failed => Error is not null;
}
