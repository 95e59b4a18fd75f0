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
                    return Read(new JsonItemReader(item, index, errors, l));
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

        api.MapPut("/trainings/{id:int}", async (int id, JsonElement body, HttpContext http, TrainingCommands commands, UnitScopeService scopes,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var errors = new List<ApiFieldError>();
                var input = Read(new JsonItemReader(body, 0, errors, l));
                if (errors.Count > 0)
                {
                    return ApiProblems.Validation(l, errors);
                }

                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var result = await commands.UpdateAsync(scope, http.User.Identity?.Name ?? "api", id, input, cancellationToken);
                return result.Succeeded ? Results.NoContent()
                    : result.Errors.Any(e => e.Field == "id") ? Results.NotFound()
                    : ApiProblems.Validation(l, result.Errors.Select(e => new ApiFieldError(null, null, e.Field, e.Message)));
            })
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("Change a training session within the caller's unit scope");

        api.MapDelete("/trainings/{id:int}", async (int id, HttpContext http, TrainingCommands commands, UnitScopeService scopes, CancellationToken cancellationToken) =>
            {
                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var result = await commands.DeleteAsync(scope, http.User.Identity?.Name ?? "api", id, cancellationToken);
                return result.Succeeded ? Results.NoContent() : Results.NotFound();
            })
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("Remove a training session within the caller's unit scope");

        api.MapGet("/trainings/export", async (int? year, HttpContext http, TrainingSpreadsheet sheet, UnitScopeService scopes, TimeProvider clock,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var y = year ?? ShanghaiTime.Today(clock).Year;
                var stream = new MemoryStream();
                await sheet.WriteExportAsync(stream, await scopes.ForAsync(http.User, cancellationToken), y, cancellationToken);
                stream.Position = 0;
                return Results.File(stream, TrainingSpreadsheet.ContentType, l["Trainings.Export.FileName", y].Value + ".xlsx");
            })
            .RequireAuthorization(Policies.Reader)
            .WithSummary("A year's training sessions as .xlsx, within the caller's unit scope");

        api.MapGet("/trainings/import/template", async (TrainingSpreadsheet sheet, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var stream = new MemoryStream();
                await sheet.WriteTemplateAsync(stream, cancellationToken);
                stream.Position = 0;
                return Results.File(stream, TrainingSpreadsheet.ContentType, l["Trainings.Template.FileName"].Value + ".xlsx");
            })
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("The training import template (.xlsx, Chinese headers, one example row)");

        api.MapPost("/trainings/import", async (IFormFile file, HttpContext http, TrainingSpreadsheet sheet, UnitScopeService scopes,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                if (!string.Equals(Path.GetExtension(file.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "file", l["Trainings.Import.NotXlsx"])]);
                }

                var scope = await scopes.ForAsync(http.User, cancellationToken);
                await using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                content.Position = 0;
                var result = await sheet.ImportAsync(content, scope, http.User.Identity?.Name ?? "api", cancellationToken);
                return result.Succeeded
                    ? Results.Ok(new { added = result.Added, duplicates = result.Duplicates })
                    : ApiProblems.Validation(l, result.Errors.Select(e => new ApiFieldError(e.Row, null, e.Field, e.Message)));
            })
            .RequireAuthorization(Policies.DataEntry)
            .DisableAntiforgery()
            .WithSummary("Import training sessions from the .xlsx template (all rows or none; errors name the spreadsheet row)");
        return api;
    }

    /// <summary>One session as the API writes it; the organiser by unit id or exact name (<c>orgUnit</c> is accepted too).</summary>
    private static TrainingInput Read(JsonItemReader read) => new()
    {
        HeldOn = read.Date("heldOn"),
        Kind = read.OneOf<TrainingKind>("kind"),
        Title = read.Text("title"),
        Organiser = read.Text("organiser") ?? read.Text("orgUnit"),
        Attendees = read.WholeNumber("attendees"),
        Hours = read.Number("hours"),
        Notes = read.Text("notes"),
    };
}
