namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// What one connector run read: every item it saw (<see cref="Fetched"/>), the ones it could turn into postings
/// (<see cref="Items"/>), the ones it skipped and why, and the error that stopped it, if any. Items read before an
/// error are kept: they are as good as they were.
/// </summary>
public sealed class ConnectorFetch
{
    public int Fetched { get; set; }

    public List<FetchedPosting> Items { get; } = [];

    public List<SkippedItem> Skipped { get; } = [];

    public List<ConnectorError> Errors { get; } = [];

    public int Parsed => Items.Count;

    public bool Failed => Errors.Count > 0;

    public void Skip(string item, string reason, string? detail = null)
    {
        Fetched++;
        Skipped.Add(new SkippedItem(item, reason, detail));
    }

    public void Add(FetchedPosting item)
    {
        Fetched++;
        Items.Add(item);
    }
}
