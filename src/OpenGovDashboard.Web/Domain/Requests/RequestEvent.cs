namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>办理过程中的一步 — one step of a request's history; the history is kept in date order.</summary>
public abstract record RequestEvent
{
    /// <summary>The day the step happened (for the receipt: the day of receipt under Art. 31, once it is known).</summary>
    public abstract DateOnly On { get; }
}
