namespace OpenGovDashboard.Web.Domain;

/// <summary>单位类别 — what kind of unit an <see cref="OrgUnit"/> is.</summary>
public enum OrgUnitKind
{
    CountyGovernment,
    Department,
    Township,
}
