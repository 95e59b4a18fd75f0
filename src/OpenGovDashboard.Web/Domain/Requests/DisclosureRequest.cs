namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 依申请公开 — a disclosure request: who asked, what about, which unit handles it, and its history. Immutable; a step
/// is added by making a new request with a longer history.
/// </summary>
/// <param name="Reference">申请编号.</param>
/// <param name="Subject">申请内容.</param>
/// <param name="HandlingUnit">承办单位 (an org unit's name).</param>
/// <param name="ApplicantType">The applicant's column in table 三.</param>
/// <param name="Events">The history in date order, starting with <see cref="RequestReceived"/>.</param>
public sealed record DisclosureRequest(
    string Reference,
    string Subject,
    string HandlingUnit,
    ApplicantType ApplicantType,
    IReadOnlyList<RequestEvent> Events)
{
    public RequestReceived? Receipt => Events.OfType<RequestReceived>().FirstOrDefault();

    /// <summary>收到申请之日 (Art. 31), if known.</summary>
    public DateOnly? ReceivedOn => Receipt?.ReceiptDate;

    public RequestAnswered? Answer => Events.OfType<RequestAnswered>().FirstOrDefault();

    /// <summary>Received on or before <paramref name="date"/> and not answered by then.</summary>
    public bool IsOpenAt(DateOnly date) => ReceivedOn is { } received && received <= date && !(Answer?.On <= date);

    /// <summary>The same request with one more step at the end of its history.</summary>
    public DisclosureRequest With(RequestEvent step) => this with { Events = [.. Events, step] };
}
