using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Trainings;

/// <summary><c>/api/v1/trainings</c>: the summary of docs/api.md, the scoped list, and batch entry.</summary>
public static class TrainingsApi
{
    public static RouteGroupBuilder MapTrainingsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/trainings/summary", async (int? year, TrainingQueries queries, TimeProvider clock, CancellationToken cancellationToken) =>
                Results.Ok(await queries.SummaryAsync(year ?? ShanghaiTime.Today(clock).Year, cancellationToken)))
            .RequireAuthorization(Policies.Reader)
            .WithSummary("Sessions and 人次 of a year, in total and by kind");

        api.MapGet("/trainings", async (int? year, HttpContext http, TrainingQueries queries, UnitScopeService scopes, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var scope = await scopes.ForAsync(http.User, cancellationToken);
                return Results.Ok(await queries.ListAsync(scope, year ?? ShanghaiTime.Today(clock).Year, cancellationToken));
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("Training sessions of a year within the caller's unit scope");

        api.MapPost("/trainings", async (JsonElement body, HttpContext http, TrainingCommands commands, UnitScopeService scopes,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var errors = new List<ApiFieldError>();
                if (body.ValueKind != JsonValueKind.Array)
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "body", l["Api.Error.NotArray"])]);
                }

                var items = body.EnumerateArray().Select((item, index) =>
                {
                    var read = new JsonItemReader(item, index, errors, l);
                    return new TrainingInput
                    {
                        HeldOn = read.Date("heldOn"),
                        Kind = read.OneOf<TrainingKind>("kind"),
                        Title = read.Text("title"),
                        Organiser = read.Text("organiser") ?? read.Text("orgUnit"),
                        Attendees = read.WholeNumber("attendees"),
                        Hours = read.Number("hours"),
                        Notes = read.Text("notes"),
                    };
                }).ToList();
                if (errors.Count > 0)
                {
                    return ApiProblems.Validation(l, errors);
                }

                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var result = await commands.AddAsync(scope, http.User.Identity?.Name ?? "api", items, cancellationToken);
                return result.Succeeded
                    ? Results.Ok(new { added = result.Added, duplicates = result.Duplicates })
                    : ApiProblems.Validation(l, result.Errors.Select(e => new ApiFieldError(null, e.Index, e.Field, e.Message)));
            })
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("Record training sessions (all or nothing; duplicates counted, not added)");
        return api;
    }
}
