namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// Tells open dashboards that postings landed (import, API, job), so they reload within a moment. The signal is raised
/// in-process at once; with several app nodes on one database, <see cref="LiveSignalRelay"/> carries it to the others
/// (and theirs to this one) through the <c>LiveSignals</c> table.
/// </summary>
public sealed class PublishingNotifier
{
    private long _version;
    private long _localSignals;

    /// <summary>Open dashboards subscribe: postings changed here or on another node.</summary>
    public event Action? PostingsChanged;

    /// <summary>Moves before every signal is sent, so that whatever was cached from the postings is stale by the time anyone reloads.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>How many signals this node has raised itself since start; the relay passes each batch of them to the other nodes.</summary>
    internal long LocalSignals => Interlocked.Read(ref _localSignals);

    /// <summary>Raised after a local signal, for the relay to wake up rather than wait for its next poll.</summary>
    internal event Action? SignalledLocally;

    public void NotifyPostingsChanged()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Increment(ref _localSignals);
        PostingsChanged?.Invoke();
        SignalledLocally?.Invoke();
    }

    /// <summary>Postings landed through another node: stale the caches and reload the dashboards, without passing it on again.</summary>
    internal void NotifyFromOtherNode()
    {
        Interlocked.Increment(ref _version);
        PostingsChanged?.Invoke();
    }
}
