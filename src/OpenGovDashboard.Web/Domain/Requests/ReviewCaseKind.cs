namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>复议/诉讼 — the three groups of table 四.</summary>
public enum ReviewCaseKind
{
    /// <summary>行政复议.</summary>
    AdministrativeReview,

    /// <summary>行政诉讼 · 未经复议直接起诉.</summary>
    LitigationWithoutReview,

    /// <summary>行政诉讼 · 复议后起诉.</summary>
    LitigationAfterReview,
}
