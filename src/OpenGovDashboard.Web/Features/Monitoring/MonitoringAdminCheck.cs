using System.Security.Claims;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>The <see cref="Policies.Admin"/> check every monitoring command asks of its caller itself (<see cref="CommandPolicy"/>).</summary>
public sealed class MonitoringAdminCheck(CommandPolicy policy, IStringLocalizer<SharedResource> l)
{
    /// <summary>Null when the caller is an admin; otherwise the refusal to return, on the <c>permission</c> field.</summary>
    public Task<CommandResult?> ForbiddenAsync(ClaimsPrincipal user) => policy.RefusalAsync(user, Policies.Admin, l["Monitoring.Sources.Error.Forbidden"]);

    public static string Actor(ClaimsPrincipal user) => CommandPolicy.Actor(user);
}
