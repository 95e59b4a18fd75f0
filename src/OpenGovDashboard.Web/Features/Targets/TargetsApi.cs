using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary><c>GET /api/v1/targets/progress</c> as docs/api.md defines it.</summary>
public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/targets/progress", async (int? year, string? asOf, TargetQueries queries, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var day = ShanghaiTime.Today(clock);
                if (!string.IsNullOrWhiteSpace(asOf) && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "asOf", l["Api.Error.NotDate", "asOf", asOf])]);
                }

                var rows = await queries.ProgressAsync(year ?? day.Year, day, cancellationToken);
                return Results.Ok(rows.Select(r => new
                {
                    targetId = r.TargetId,
                    orgUnit = r.OrgUnit,
                    metric = JsonNamingPolicy.CamelCase.ConvertName(r.Metric.ToString()) + (r.MetricKey is null ? "" : ":" + r.MetricKey),
                    period = r.Period,
                    target = r.Target,
                    actual = r.Progress.Actual,
                    expectedByNow = r.Progress.ExpectedByNow,
                    projected = r.Progress.Projected,
                    percent = r.Progress.Percent,
                    status = JsonNamingPolicy.CamelCase.ConvertName(r.Progress.Status.ToString()),
                    provisional = r.Progress.Provisional,
                }));
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("Every target of a year with actual, expected-by-now, projection, percent and status on a day");
        return api;
    }
}
