using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary><c>POST /api/v1/postings</c> and <c>GET /api/v1/postings/summary</c> as docs/api.md defines them.</summary>
public static class PostingsApi
{
    public static RouteGroupBuilder MapPostingsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/postings", async (JsonElement body, HttpContext http, PostingIngestion ingestion, UnitScopeService scopes,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                if (body.ValueKind != JsonValueKind.Array)
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "body", l["Api.Error.NotArray"])]);
                }

                var errors = new List<ApiFieldError>();
                var items = body.EnumerateArray().Select((item, index) =>
                {
                    var read = new JsonItemReader(item, index, errors, l);
                    return new PostingInput
                    {
                        Channel = read.Text("channelId") ?? read.Text("channel"),
                        Column = read.Text("column"),
                        OrgUnit = read.Text("orgUnit"),
                        Title = read.Text("title"),
                        Url = read.Text("url"),
                        PublishedAt = read.Instant("publishedAt"),
                        ExternalId = read.Text("externalId"),
                    };
                }).ToList();

                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var result = await ingestion.IngestAsync(scope, http.User.Identity?.Name ?? "api", "api", items, null, cancellationToken, errors);
                return result.Succeeded
                    ? Results.Ok(new { added = result.Added, duplicates = result.Duplicates })
                    : ApiProblems.Validation(l, result.Errors);
            })
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("Record postings (all or nothing; duplicates by externalId, else url, else title and time, are counted)");

        // County totals and the ranking (groupBy=orgUnit) are for every reader; one unit's breakdown only within the caller's scope.
        api.MapGet("/postings/summary", async (string? from, string? to, string? groupBy, string? interval, string? orgUnit, HttpContext http,
                PublishingQueries queries, Data.OrgUnitDirectory units, UnitScopeService scopes, TimeProvider clock, IStringLocalizer<SharedResource> l,
                CancellationToken cancellationToken) =>
            {
                var errors = new List<ApiFieldError>();
                var today = ShanghaiTime.Today(clock);
                var fromDate = ParseDate(from, "from", new DateOnly(today.Year, 1, 1), errors, l);
                var toDate = ParseDate(to, "to", today, errors, l);
                if (errors.Count == 0 && toDate < fromDate)
                {
                    errors.Add(new ApiFieldError(null, null, "to", l["Postings.Error.RangeReversed"]));
                }

                var group = ParseEnum(groupBy, "groupBy", SummaryGroupBy.Channel, errors, l);
                var bucket = ParseEnum(interval, "interval", SummaryInterval.None, errors, l);
                int? unitId = null;
                if (!string.IsNullOrWhiteSpace(orgUnit))
                {
                    var tree = await units.GetAsync(cancellationToken);
                    unitId = (tree.Nodes.FirstOrDefault(n => n.Name == orgUnit.Trim())
                        ?? (int.TryParse(orgUnit, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? tree.Find(id) : null))?.Id;
                    if (unitId is null)
                    {
                        errors.Add(new ApiFieldError(null, null, "orgUnit", l["Postings.Error.OrgUnit", orgUnit]));
                    }
                }

                if (errors.Count > 0)
                {
                    return ApiProblems.Validation(l, errors);
                }

                if (unitId is not null)
                {
                    (await scopes.ForAsync(http.User, cancellationToken)).EnsureCovers(unitId);
                }

                var summary = await queries.SummaryAsync(new SummaryRequest(fromDate, toDate, group, bucket, unitId), cancellationToken);
                return Results.Ok(new
                {
                    total = summary.Total,
                    groups = summary.Groups.Select(g => new
                    {
                        key = g.Key,
                        name = g.Name,
                        count = g.Count,
                        series = g.Series?.Select(p => new { period = p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), count = p.Count }),
                    }),
                });
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("Posting counts grouped by channel, channel kind, column, category or unit, optionally as a series; served from the rollups");
        return api;
    }

    private static DateOnly ParseDate(string? text, string field, DateOnly fallback, List<ApiFieldError> errors, IStringLocalizer<SharedResource> l)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new ApiFieldError(null, null, field, l["Api.Error.NotDate", field, text]));
        return fallback;
    }

    private static TEnum ParseEnum<TEnum>(string? text, string field, TEnum fallback, List<ApiFieldError> errors, IStringLocalizer<SharedResource> l)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        errors.Add(new ApiFieldError(null, null, field, l["Api.Error.NotOneOf", field, string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName))]));
        return fallback;
    }
}
