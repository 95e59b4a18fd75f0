namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>审理结果 — the result columns of table 四, in the form's order.</summary>
public enum ReviewOutcome
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,

    /// <summary>尚未审结.</summary>
    Pending,
}
