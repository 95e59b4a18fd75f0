using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>
/// <c>GET /api/v1/annual-reports/{year}/data</c> and <c>/document</c> as docs/api.md defines them. Without <c>orgUnit</c>
/// the county's report (every reader; its saved drafts only for those whose scope covers the county, the others get the
/// final text or the draft from the data); a unit's report only within the caller's scope. A document whose checks fail
/// needs <c>override=</c> with a reason, from someone who may build that report (<see cref="Policies.BuildReports"/>, the unit in scope), and
/// the override is recorded.
/// </summary>
public static class AnnualReportsApi
{
    public static RouteGroupBuilder MapAnnualReportsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/annual-reports/{year:int}/data", async (int year, string? orgUnit, HttpContext http, AnnualReportBuilder builder, UnitScopeService scopes,
                OrgUnitDirectory units, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var (unitId, problem) = await ResolveAsync(orgUnit, http, scopes, units, l, cancellationToken);
                return problem ?? Results.Json(await builder.DataAsync(year, unitId, cancellationToken), Options);
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("AnnualReportData of a year computed from the database (第二十条 figures, tables 三/四 from the register, checks)");

        api.MapGet("/annual-reports/{year:int}/document", async (int year, string? format, string? orgUnit, string? @override, HttpContext http,
                AnnualReportBuilder builder, UnitScopeService scopes, OrgUnitDirectory units, AuditLog audit, IStringLocalizer<SharedResource> l,
                Microsoft.AspNetCore.Authorization.IAuthorizationService authorization,
                Microsoft.EntityFrameworkCore.IDbContextFactory<DashboardDbContext> dbFactory, CancellationToken cancellationToken) =>
            {
                if (!Enum.TryParse<ReportFormat>(format ?? "docx", ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "format", l["Reports.Error.Format", format ?? ""])]);
                }

                var (unitId, problem) = await ResolveAsync(orgUnit, http, scopes, units, l, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }

                var reader = await scopes.ForAsync(http.User, cancellationToken);
                // One computation of the report serves the checks and the document.
                var view = await builder.ViewAsync(year, unitId, cancellationToken);
                var data = view.Data;
                var failed = data.Checks.Where(c => !c.Passed).ToList();
                if (failed.Count > 0)
                {
                    if (string.IsNullOrWhiteSpace(@override))
                    {
                        return ApiProblems.Validation(l, [.. failed.Select(c => new ApiFieldError(null, null, c.Rule, c.Detail))]);
                    }

                    if (!(await authorization.AuthorizeAsync(http.User, null, Policies.BuildReports)).Succeeded || !reader.Covers(unitId))
                    {
                        return ApiProblems.Forbidden(l, l["Reports.Error.OverrideNotAllowed"]);
                    }

                    await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                    audit.Add(db, http.User.Identity?.Name ?? "api", "report.override", "AnnualReport", unitId.ToString(CultureInfo.InvariantCulture),
                        string.Create(CultureInfo.InvariantCulture, $"year={year}; failed={string.Join(",", failed.Select(c => c.Rule))}; reason={@override.Trim()}"));
                    await db.SaveChangesAsync(cancellationToken);
                }

                var (content, fileName, contentType) = await builder.DocumentAsync(reader, view, year, unitId, kind, cancellationToken);
                return Results.File(content, contentType, fileName);
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("The annual report as .docx (the national form's layout), .xlsx (its tables) or HTML; failed checks need override=<reason>");
        return api;
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The unit asked for (id or exact name), the county when none; outside the caller's scope → 403.</summary>
    private static async Task<(int UnitId, IResult? Problem)> ResolveAsync(string? orgUnit, HttpContext http, UnitScopeService scopes, OrgUnitDirectory units,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var tree = await units.GetAsync(cancellationToken);
        var county = tree.Roots.First().Id;
        if (string.IsNullOrWhiteSpace(orgUnit))
        {
            return (county, null);
        }

        var text = orgUnit.Trim();
        var unit = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? tree.Find(id) : tree.Nodes.FirstOrDefault(n => n.Name == text);
        if (unit is null)
        {
            return (0, ApiProblems.Validation(l, [new ApiFieldError(null, null, "orgUnit", l["Admin.Keys.UnitUnknown"])]));
        }

        if (unit.Id != county)
        {
            (await scopes.ForAsync(http.User, cancellationToken)).EnsureCovers(unit.Id);
        }

        return (unit.Id, null);
    }
}
