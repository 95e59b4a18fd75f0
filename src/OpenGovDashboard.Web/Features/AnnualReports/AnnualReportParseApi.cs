using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>
/// <c>POST /api/v1/annual-reports/parse</c> (docs/api.md): a published report as <c>text/plain</c> (UTF-8; <c>text/html</c>
/// is read as a page) or as a multipart <c>file</c> (.docx, .html, .txt) → <c>AnnualReportData</c>; a report that cannot
/// be read → 400 naming, in Chinese and English, what was not found.
/// </summary>
public static class AnnualReportParseApi
{
    public static RouteGroupBuilder MapAnnualReportParseApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/annual-reports/parse", ParseAsync)
            // One Accepts: each call replaces the content types the endpoint takes, so a second would refuse text.
            .Accepts<string>("text/plain", "text/html", "multipart/form-data")
            .RequireAuthorization(Policies.Reader)
            .WithSummary("Reads a published annual report (plain text, .html or .docx): year, form, tables 二–四 and their checks");
        return api;
    }

    internal static async Task<Results<Ok<AnnualReportData>, ProblemHttpResult>> ParseAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            return TypedResults.Ok(await ReadAsync(request, culture, cancellationToken));
        }
        catch (AnnualReportParseException e)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: AnnualReportMessages.Text("AnnualReports.Parse.Title", culture),
                detail: e.Describe(culture),
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = e.Problems.Select(p => new
                    {
                        code = JsonNamingPolicy.CamelCase.ConvertName(p.Error.ToString()),
                        zh = AnnualReportMessages.Format(p, CultureInfo.GetCultureInfo("zh-CN")),
                        en = AnnualReportMessages.Format(p, CultureInfo.GetCultureInfo("en-US")),
                    }).ToList(),
                });
        }
    }

    private static async Task<AnnualReportData> ReadAsync(HttpRequest request, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile("file")
                ?? throw new AnnualReportParseException([new AnnualReportParseProblem(AnnualReportParseError.Empty)]);
            await using var content = file.OpenReadStream();
            return await AnnualReportParser.ParseFileAsync(content, file.FileName, culture: culture, cancellationToken: cancellationToken);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return request.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            ? AnnualReportParser.ParseHtml(text, culture: culture)
            : AnnualReportParser.ParseText(text, culture: culture);
    }
}
