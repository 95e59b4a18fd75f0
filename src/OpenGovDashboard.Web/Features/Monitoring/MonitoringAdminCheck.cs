using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// The <see cref="Policies.Admin"/> check every monitoring command asks of its caller itself (so that a page that forgot
/// cannot let anyone else through), and the name the caller is audited under.
/// </summary>
public sealed class MonitoringAdminCheck(IAuthorizationService authorization, IStringLocalizer<SharedResource> l)
{
    /// <summary>Null when the caller is an admin; otherwise the refusal to return, on the <c>permission</c> field.</summary>
    public async Task<CommandResult?> ForbiddenAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await authorization.AuthorizeAsync(user, Policies.Admin)).Succeeded
            ? null
            : CommandResult.Fail("permission", l["Monitoring.Sources.Error.Forbidden"]);
    }

    public static string Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? "?";
    }
}
