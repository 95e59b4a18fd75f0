using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>Lets into the Hangfire dashboard whoever satisfies the app's own policy (not Hangfire's local-only default).</summary>
internal sealed class PolicyDashboardAuthorizationFilter(string policy) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, policy)).Succeeded;
    }
}
