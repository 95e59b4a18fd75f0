namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>收到补正 — the corrected application arrives: the 20-working-day answer period starts again from this day (条例 Art. 30).</summary>
public sealed record CorrectionReceived(DateOnly On) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
