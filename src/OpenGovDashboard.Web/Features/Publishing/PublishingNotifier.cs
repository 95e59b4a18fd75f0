namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// Tells open dashboards that postings landed (import, API, job), so they reload within a moment. In-process:
/// right for one server; deploy/README.md says how several servers share the signal.
/// </summary>
public sealed class PublishingNotifier
{
    public event Action? PostingsChanged;

    public void NotifyPostingsChanged() => PostingsChanged?.Invoke();
}
