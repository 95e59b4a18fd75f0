namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 征求意见 — the agency sends a third party or another agency a request for its opinion. The time this takes is not
/// counted in the answer period (条例 Art. 33 ¶2; Art. 32 gives a third party 15 working days): the clock stops after
/// this day and runs again after <see cref="ConsultationResumed"/>.
/// </summary>
public sealed record ConsultationPaused(DateOnly On, ConsultationParty Party, string? Note = null) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
