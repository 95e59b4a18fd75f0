using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary><c>GET /api/v1/postings/export</c>: the postings behind a chart as .xlsx, within the caller's unit scope.</summary>
public static class PostingExportApi
{
    public static RouteGroupBuilder MapPostingExportApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/postings/export", async (
                DateOnly from, DateOnly to, int? channelId, ChannelKind? channelKind, int? columnId, ColumnCategory? category, int? orgUnitId, string? search,
                HttpContext http, PostingQueries queries, UnitScopeService scopes, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var filter = new PostingFilter(from, to, channelId, channelKind, columnId, category, orgUnitId, search);
                var rows = new List<Dictionary<string, object?>>();
                await foreach (var row in queries.ExportAsync(scope, filter, cancellationToken))
                {
                    rows.Add(new Dictionary<string, object?>
                    {
                        [l["Postings.Export.PublishedAt"]] = row.PublishedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        [l["Postings.Export.Channel"]] = row.Channel,
                        [l["Postings.Export.Column"]] = row.Column,
                        [l["Postings.Export.OrgUnit"]] = row.OrgUnit,
                        [l["Postings.Export.Title"]] = row.Title,
                        [l["Postings.Export.Url"]] = row.Url,
                    });
                }

                var stream = new MemoryStream();
                await stream.SaveAsAsync(rows, cancellationToken: cancellationToken);
                stream.Position = 0;
                var name = string.Create(CultureInfo.InvariantCulture, $"postings-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx");
                return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("The postings behind a chart as .xlsx (at most 100,000 rows), within the caller's unit scope");
        return api;
    }
}
