namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>答复 — the agency answers; the result must belong to the report form of the answer's year.</summary>
public sealed record RequestAnswered(DateOnly On, RequestResult Result) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
