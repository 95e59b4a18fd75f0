namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>收到意见/恢复计时 — the consulted party answered (or its time ran out): the clock runs again.</summary>
public sealed record ConsultationResumed(DateOnly On) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
