namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// Tells open dashboards that postings landed (import, API, job), so they reload within a moment. In-process:
/// right for one server; deploy/README.md says how several servers share the signal.
/// </summary>
public sealed class PublishingNotifier
{
    private long _version;

    public event Action? PostingsChanged;

    /// <summary>Moves before every signal is sent, so that whatever was cached from the postings is stale by the time anyone reloads.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void NotifyPostingsChanged()
    {
        Interlocked.Increment(ref _version);
        PostingsChanged?.Invoke();
    }
}
