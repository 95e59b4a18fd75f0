using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace OpenGovDashboard.Web.Components.Shared;

/// <summary>The signed-in user's name, as commands record it in the audit log.</summary>
public static class CurrentUser
{
    public static async Task<string> NameAsync(Task<AuthenticationState>? state)
    {
        if (state is null)
        {
            return "unknown";
        }

        return (await state).User.Identity?.Name ?? "unknown";
    }

    /// <summary>The signed-in user (an anonymous principal without a state): what commands check their policy against.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(Task<AuthenticationState>? state) =>
        state is null ? new ClaimsPrincipal(new ClaimsIdentity()) : (await state).User;
}
