using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// <c>POST /api/v1/channels/{id}/sync</c>: run a channel's sources now and wait for the result (docs/api.md); and
/// <c>GET /api/v1/monitoring/self-inspection</c>: the self-inspection sheet as of a day.
/// </summary>
public static class MonitoringApi
{
    public static RouteGroupBuilder MapMonitoringApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/channels/{id:int}/sync", async (int id, IConnectorSourceStore sources, ChannelSyncJob job, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                if ((await sources.ListAsync(id, cancellationToken)).Count == 0)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: l["Monitoring.Sync.NoSource", id]);
                }

                var results = await job.RunChannelAsync(id, cancellationToken);
                return Results.Ok(new
                {
                    added = results.Sum(r => r.Added),
                    duplicates = results.Sum(r => r.Duplicates),
                    failed = results.Count(r => r.Failed),
                    sources = results,
                });
            })
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Run the channel's connectors now and wait: added, duplicates, failed, and each source's report");

        api.MapGet("/monitoring/self-inspection", async (string? asOf, HttpContext http, ChannelHealthQueries queries, SelfInspectionSheet sheet,
                UnitScopeService scopes, OrgUnitDirectory units, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var day = ShanghaiTime.Today(clock);
                if (!string.IsNullOrWhiteSpace(asOf) && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "asOf", l["Api.Error.NotDate", "asOf", asOf])]);
                }

                // A department editor's sheet holds only their unit's channels; everyone else's is the county's.
                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var channels = await queries.AssessAsync(day, scope, cancellationToken);
                var tree = await units.GetAsync(cancellationToken);
                var date = l["Monitoring.SheetDate", day.Year, day.Month, day.Day].Value;
                var title = scope.IsCountyWide
                    ? l["Monitoring.SheetTitle", CountyName((tree.Nodes.FirstOrDefault(n => n.Kind == OrgUnitKind.CountyGovernment) ?? tree.Nodes.FirstOrDefault(n => n.ParentId is null))?.Name), date].Value
                    : l["Monitoring.SheetTitleUnit", scope.RootUnitId is { } unit ? tree.Find(unit)?.Name ?? "" : "", date].Value;
                var stream = new MemoryStream();
                await sheet.WriteAsync(stream, title, day, channels, queries.Thresholds, cancellationToken);
                stream.Position = 0;
                return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    l["Monitoring.SheetFileName", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value + ".xlsx");
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("The self-inspection sheet (.xlsx) as of a day, like an inspection notice: websites by column, new-media accounts, veto counts and verdict; a unit-scoped caller gets only its unit's channels");
        return api;
    }

    /// <summary>罗甸县人民政府 → 罗甸县, so that the title reads "罗甸县政府网站及政务新媒体自查情况表".</summary>
    private static string CountyName(string? root) =>
        root is null ? "" : root.EndsWith("人民政府", StringComparison.Ordinal) ? root[..^4] : root;
}
