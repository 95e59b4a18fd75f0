namespace OpenGovDashboard.Web.Auth;

/// <summary>
/// The org units a caller may read in detail, and whether they may enter data in them: the whole county, or one unit and
/// its children (a 部门填报员 or a scoped API key). County totals and rankings are not unit detail and stay visible to all.
/// </summary>
public sealed record UnitScope(bool IsCountyWide, int? RootUnitId, IReadOnlySet<int> UnitIds)
{
    /// <summary>The whole county, writable: the system's own jobs and connectors (callers get theirs from <see cref="UnitScopeService"/>).</summary>
    public static readonly UnitScope CountyWide = new(true, null, new HashSet<int>()) { MayWrite = true };

    /// <summary>A department editor without a unit reaches nothing.</summary>
    public static readonly UnitScope Nothing = new(false, null, new HashSet<int>());

    /// <summary>
    /// Whether the caller may enter postings, trainings, requests and review cases in the units it covers: admins,
    /// department editors, Admin and Ingest keys — not leaders, viewers or read-only keys (the roles table). The commands
    /// check it themselves (<see cref="EnsureMayWrite"/>), so a page or endpoint that forgot cannot let a reader write.
    /// </summary>
    public bool MayWrite { get; init; }

    public bool Covers(int? unitId) => IsCountyWide || (unitId is { } id && UnitIds.Contains(id));

    /// <summary>Throws <see cref="UnitScopeViolationException"/> unless the unit is within scope.</summary>
    public void EnsureCovers(int? unitId)
    {
        if (!Covers(unitId))
        {
            throw new UnitScopeViolationException(unitId);
        }
    }

    /// <summary>Throws <see cref="UnitScopeViolationException"/> (403 on the API) unless the caller may enter data.</summary>
    public void EnsureMayWrite()
    {
        if (!MayWrite)
        {
            throw new UnitScopeViolationException(UnitScopeViolationException.ReadOnlyMessage, null);
        }
    }
}
