namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 延长答复期限 — once, by at most 20 working days, with the consent of the head of the disclosure office and notice to
/// the applicant (条例 Art. 33). In the app a Leader or Admin approves it.
/// </summary>
/// <param name="On">The day the extension was granted (and the applicant told).</param>
/// <param name="WorkingDays">1–20 working days added to the answer period.</param>
/// <param name="Reason">延期理由.</param>
/// <param name="ApprovedBy">批准人 (the approving user).</param>
public sealed record ExtensionGranted(DateOnly On, int WorkingDays, string Reason, string ApprovedBy) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
