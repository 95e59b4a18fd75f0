using System.Globalization;
using System.Security.Claims;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Auth;

/// <summary>
/// The one place that turns a caller into a <see cref="UnitScope"/>. Every query and command that touches
/// unit data asks it, whatever ids the caller sent.
/// </summary>
public sealed class UnitScopeService(OrgUnitDirectory units)
{
    public async Task<UnitScope> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return UnitScope.Nothing;
        }

        var mayWrite = Roles.DataEntry.Any(user.IsInRole);
        var unitClaim = user.FindFirst(DashboardClaims.OrgUnit)?.Value;
        if (unitClaim is not null && int.TryParse(unitClaim, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId))
        {
            var tree = await units.GetAsync(cancellationToken);
            return new UnitScope(false, unitId, tree.SubtreeOf(unitId)) { MayWrite = mayWrite };
        }

        // Only department editors are unit-bound people; an editor without a unit reaches nothing.
        return user.IsInRole(Roles.DepartmentEditor) ? UnitScope.Nothing : UnitScope.CountyWide with { MayWrite = mayWrite };
    }
}
