namespace OpenGovDashboard.Web.Domain;

/// <summary>Whether a target is a floor (≥, e.g. postings) or a ceiling (≤, e.g. days since the last update).</summary>
public enum TargetDirection
{
    AtLeast,
    AtMost,
}
