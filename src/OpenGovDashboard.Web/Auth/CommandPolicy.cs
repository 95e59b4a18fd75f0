using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Auth;

/// <summary>
/// The policy check a command asks of its caller itself, so that a page or endpoint that forgot to check cannot let anyone
/// else through; and the name the caller is audited under.
/// </summary>
public sealed class CommandPolicy(IAuthorizationService authorization)
{
    /// <summary>Null when <paramref name="user"/> satisfies <paramref name="policy"/>; otherwise the refusal, on the <c>permission</c> field.</summary>
    public async Task<CommandResult?> RefusalAsync(ClaimsPrincipal user, string policy, string message)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await authorization.AuthorizeAsync(user, policy)).Succeeded ? null : CommandResult.Fail("permission", message);
    }

    public static string Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? "?";
    }
}
