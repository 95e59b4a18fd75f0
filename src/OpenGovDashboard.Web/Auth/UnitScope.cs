namespace OpenGovDashboard.Web.Auth;

/// <summary>
/// The org units a caller may read in detail and write: the whole county, or one unit and its children
/// (a 部门填报员 or a scoped API key). County totals and rankings are not unit detail and stay visible to all.
/// </summary>
public sealed record UnitScope(bool IsCountyWide, int? RootUnitId, IReadOnlySet<int> UnitIds)
{
    public static readonly UnitScope CountyWide = new(true, null, new HashSet<int>());

    /// <summary>A department editor without a unit reaches nothing.</summary>
    public static readonly UnitScope Nothing = new(false, null, new HashSet<int>());

    public bool Covers(int? unitId) => IsCountyWide || (unitId is { } id && UnitIds.Contains(id));

    /// <summary>Throws <see cref="UnitScopeViolationException"/> unless the unit is within scope.</summary>
    public void EnsureCovers(int? unitId)
    {
        if (!Covers(unitId))
        {
            throw new UnitScopeViolationException(unitId);
        }
    }
}
