namespace OpenGovDashboard.Web.Domain;

/// <summary>达标情况 — met, on track, at risk or behind (docs/api.md).</summary>
public enum TargetStatus
{
    Met,
    OnTrack,
    AtRisk,
    Behind,
}
