using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Api;

/// <summary>Turns a unit-scope violation anywhere below an endpoint into a 403 problem; nothing has been written by then.</summary>
internal sealed class UnitScopeProblemFilter(IStringLocalizer<SharedResource> l) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (UnitScopeViolationException violation)
        {
            return ApiProblems.Forbidden(l, violation.Message);
        }
    }
}
