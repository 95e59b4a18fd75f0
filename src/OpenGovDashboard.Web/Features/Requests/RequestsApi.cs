using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>
/// <c>/api/v1/requests</c>: the year's figures of docs/api.md, the register within the caller's scope, its .xlsx, and
/// tables 三 and 四 with their checks (for the county, or one unit a caller may see).
/// </summary>
public static class RequestsApi
{
    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/requests/stats", async (int? year, RequestQueries queries, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var today = ShanghaiTime.Today(clock);
                var stats = await queries.StatsAsync(year ?? today.Year, today, cancellationToken);
                return Results.Ok(new
                {
                    received = stats.Received,
                    open = stats.Open,
                    overdue = stats.Overdue,
                    dueSoon = stats.DueSoon,
                    onTimeRate = stats.OnTimeRate is { } rate ? Math.Round(rate, 1) : (double?)null,
                    byResult = stats.ByResult.Select(r => new { result = JsonNamingPolicy.CamelCase.ConvertName(r.Result.ToString()), count = r.Count }),
                });
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("The year's requests: received, open, overdue, due soon, the on-time rate and answers by result");

        api.MapGet("/requests", async (int? year, HttpContext http, RequestQueries queries, UnitScopeService scopes, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var today = ShanghaiTime.Today(clock);
                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var items = await queries.ListAsync(scope, new RequestFilter(year ?? today.Year), today, cancellationToken);
                return Results.Ok(items.Select(i => new
                {
                    id = i.Id,
                    reference = i.Reference,
                    subject = i.Subject,
                    orgUnit = i.OrgUnit,
                    applicantType = i.ApplicantType,
                    channel = i.Channel,
                    receivedOn = i.Deadline.ReceivedOn,
                    dueDate = i.Deadline.DueDate,
                    workingDaysLeft = i.Deadline.WorkingDaysLeft,
                    status = i.Deadline.Status,
                    provisional = i.Deadline.Provisional,
                    answeredOn = i.AnsweredOn,
                    result = i.Result,
                }));
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("The register of a year (received in it or carried into it) within the caller's unit scope, with deadlines as of today");

        api.MapGet("/requests/export", async (int? year, HttpContext http, RequestQueries queries, RequestSpreadsheet sheet, UnitScopeService scopes, TimeProvider clock,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var today = ShanghaiTime.Today(clock);
                var y = year ?? today.Year;
                var items = await queries.ListAsync(await scopes.ForAsync(http.User, cancellationToken), new RequestFilter(y), today, cancellationToken);
                var stream = new MemoryStream();
                await sheet.WriteAsync(stream, items, cancellationToken);
                stream.Position = 0;
                return Results.File(stream, RequestSpreadsheet.ContentType, l["Requests.Export.FileName", y].Value + ".xlsx");
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("The register of a year as .xlsx, within the caller's unit scope");

        api.MapGet("/requests/tables", async (int? year, int? orgUnitId, HttpContext http, RequestQueries queries, UnitScopeService scopes, TimeProvider clock,
                CancellationToken cancellationToken) =>
            {
                var scope = await scopes.ForAsync(http.User, cancellationToken);
                if (orgUnitId is { } unit)
                {
                    scope.EnsureCovers(unit);
                }
                else if (!scope.IsCountyWide)
                {
                    // A unit-scoped caller gets its own unit's tables; the county's are the annual report's business.
                    orgUnitId = scope.RootUnitId;
                }

                var y = year ?? ShanghaiTime.Today(clock).Year - 1;
                var tables = await queries.TablesAsync(y, orgUnitId, cancellationToken);
                return Results.Ok(new
                {
                    year = y,
                    form = tables.Three.Form == ReportForm.Form2019 ? "2019" : "2021",
                    requests = new
                    {
                        columns = RequestReportForms.Columns,
                        rows = tables.Three.Lines.Select(line => new { key = line.Row.Key, label = line.Row.Label, path = line.Row.Path, values = line.Values }),
                    },
                    reviews = new { columns = ReviewTable.Columns, values = tables.Four.Values },
                    checks = tables.Checks.Select(c => new { rule = c.Rule, passed = c.Passed, detail = c.Detail }),
                });
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("Tables 三 and 四 of the annual report for a year, from the register, with the consistency checks (rule ids of docs/api.md)");
        return api;
    }
}
