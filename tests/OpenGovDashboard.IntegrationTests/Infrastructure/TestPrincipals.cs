using System.Globalization;
using System.Security.Claims;
using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.IntegrationTests.Infrastructure;

/// <summary>Signed-in users as commands see them: a name, a role and, for a department editor, their unit.</summary>
public static class TestPrincipals
{
    public static ClaimsPrincipal As(string name, string role, int? unitId = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (unitId is { } id)
        {
            claims.Add(new Claim(DashboardClaims.OrgUnit, id.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
