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
        api.MapGet("/targets/progress", async (int? year, string? asOf, HttpContext http, TargetQueries queries, UnitScopeService scopes, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var day = ShanghaiTime.Today(clock);
                if (!string.IsNullOrWhiteSpace(asOf) && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "asOf", l["Api.Error.NotDate", "asOf", asOf])]);
                }

                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var rows = await queries.ProgressAsync(scope, year ?? day.Year, day, cancellationToken);
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
            .WithSummary("Every target of a year (the county's and, for a unit-scoped caller, its own units') with actual, expected-by-now, projection, percent and status on a day");

        api.MapGet("/leading-group/export", async (int? year, HttpContext http, LeadingGroupQueries queries, LeadingGroupExport export, TargetLabels labels,
                UnitScopeService scopes, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var today = ShanghaiTime.Today(clock);
                var y = year ?? today.Year;
                var asOf = y < today.Year ? new DateOnly(y, 12, 31) : today;
                var scope = await scopes.ForAsync(http.User, cancellationToken);
                await labels.LoadAsync(cancellationToken);
                var view = await queries.ViewAsync(scope, y, asOf, cancellationToken);
                var stream = new MemoryStream();
                await export.WriteAsync(stream, view, cancellationToken);
                stream.Position = 0;
                return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    l["LeadingGroup.FileName", y].Value + ".xlsx");
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("The leading group's view of a year as .xlsx: targets with last month's status, the unit ranking and its formula");
        return api;
    }
}
