namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>What one source's run came to: read, added, already there, skipped (with reasons), and the error if it failed.</summary>
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
    ConnectorError? Error)
{
    public bool Failed => Error is not null;
}
