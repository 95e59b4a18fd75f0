namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 结转下年度 — recorded on 31 December for a request still open at year end. Table 三 derives carry-over from the dates
/// themselves; this event only makes the year-end step visible in the history.
/// </summary>
public sealed record CarriedOver(DateOnly On) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
