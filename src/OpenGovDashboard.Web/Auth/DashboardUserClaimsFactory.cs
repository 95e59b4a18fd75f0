using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenGovDashboard.Web.Auth;

/// <summary>Puts a user's unit on their sign-in cookie, so scope checks need no database round trip for it.</summary>
internal sealed class DashboardUserClaimsFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrgUnitId is { } unitId)
        {
            identity.AddClaim(new Claim(DashboardClaims.OrgUnit, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
