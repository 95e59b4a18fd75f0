namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 补正告知 — the agency asks the applicant, once and for everything, to complete an unclear application; it is due within
/// 7 working days of receipt (条例 Art. 30). The answer clock stops until the corrected application comes back.
/// </summary>
public sealed record CorrectionRequested(DateOnly On, string? Note = null) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
