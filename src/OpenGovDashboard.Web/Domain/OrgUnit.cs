namespace OpenGovDashboard.Web.Domain;

/// <summary>单位 — the county government, a county department or a township, in a tree.</summary>
public sealed class OrgUnit
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public OrgUnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    public List<OrgUnit> Children { get; set; } = [];

    public int SortOrder { get; set; }

    public bool IsDemo { get; set; }
}
