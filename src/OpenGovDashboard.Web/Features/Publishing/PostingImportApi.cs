using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Features.Publishing.Import;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary><c>POST /api/v1/postings/import</c> (docs/api.md) and the template it reads, <c>GET /api/v1/postings/import/template</c>.</summary>
public static class PostingImportApi
{
    /// <summary>Room for the multipart envelope around the file (boundaries, part headers).</summary>
    private const long MultipartAllowance = 1024 * 1024;

    public static RouteGroupBuilder MapPostingImportApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/postings/import", async (HttpContext http, PostingImporter importer, UnitScopeService scopes,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                // The file limit is ours (PostingImport:MaxFileMegabytes), not Kestrel's 30 MB default: set before the form is read.
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
                {
                    bodySize.MaxRequestBodySize = importer.MaxFileBytes + MultipartAllowance;
                }

                if (http.Request.ContentLength is { } length && length > importer.MaxFileBytes + MultipartAllowance)
                {
                    return FileProblem(l, importer.TooLargeMessage(length));
                }

                if (!http.Request.HasFormContentType)
                {
                    return FileProblem(l, l["Import.Error.NoFile"]);
                }

                IFormFile? file;
                try
                {
                    file = (await http.Request.ReadFormAsync(cancellationToken)).Files.GetFile("file");
                }
                catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return FileProblem(l, importer.TooLargeMessage(http.Request.ContentLength ?? importer.MaxFileBytes + 1));
                }
                catch (InvalidDataException)
                {
                    return FileProblem(l, l["Import.Error.NoFile"]);
                }

                if (file is null)
                {
                    return FileProblem(l, l["Import.Error.NoFile"]);
                }

                var scope = await scopes.ForAsync(http.User, cancellationToken);
                await using var content = file.OpenReadStream();
                var result = await importer.ImportAsync(scope, http.User.Identity?.Name ?? "api", file.FileName, content, cancellationToken);
                if (result.Refusal is { } refusal)
                {
                    return ApiProblems.Forbidden(l, refusal);
                }

                return result.Succeeded
                    ? Results.Ok(new { added = result.Added, duplicates = result.Duplicates })
                    : ApiProblems.Validation(l, result.Errors);
            })
            .RequireAuthorization(Policies.DataEntry)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Import postings from an .xlsx or .csv file (the template's columns, Chinese or English headers): all or nothing, errors by row");

        api.MapGet("/postings/import/template", async (string? format, HttpContext http, PostingImportTemplate template, UnitScopeService scopes,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var kind = format?.Trim().ToUpperInvariant() switch
                {
                    null or "" or "XLSX" => PostingFileFormat.Xlsx,
                    "CSV" => PostingFileFormat.Csv,
                    _ => (PostingFileFormat?)null,
                };
                if (kind is not { } chosen)
                {
                    return ApiProblems.Validation(l, [new ApiFieldError(null, null, "format", l["Api.Error.NotOneOf", "format", "xlsx, csv"])]);
                }

                var scope = await scopes.ForAsync(http.User, cancellationToken);
                var output = new MemoryStream();
                await template.WriteAsync(output, chosen, scope, cancellationToken);
                output.Position = 0;
                return Results.File(output, PostingImportTemplate.ContentType(chosen), template.FileName(chosen));
            })
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("The posting import template (.xlsx with instructions and the valid names, or .csv), format=xlsx|csv");
        return api;
    }

    private static IResult FileProblem(IStringLocalizer<SharedResource> l, string message) =>
        ApiProblems.Validation(l, [new ApiFieldError(null, null, "file", message)]);
}
