using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Features.AnnualReports;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary><c>POST /api/v1/annual-reports/parse</c>: text or a file in, docs/api.md's JSON out, a 400 naming what is missing.</summary>
public sealed class AnnualReportParseApiTests
{
    /// <summary>The app's JSON settings (ApiSetup): camelCase names, enums as camelCase strings.</summary>
    private static readonly JsonSerializerOptions AppJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [Fact]
    public void TheEndpointIsAPostUnderTheApiGroupForReaders()
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        app.MapGroup("/api/v1").MapAnnualReportParseApi();

        var endpoint = Assert.Single(((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>());

        Assert.Equal("/api/v1/annual-reports/parse", endpoint.RoutePattern.RawText);
        Assert.Equal(["POST"], endpoint.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods);
        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == Policies.Reader);
    }

    [Fact]
    public async Task PlainTextInGivesTheReportAsTheApiDocumentsIt()
    {
        var result = await AnnualReportParseApi.ParseAsync(TextRequest(AnnualReportFixtures.LuodianReference, "text/plain; charset=utf-8"), TestContext.Current.CancellationToken);

        var report = Assert.IsType<Ok<AnnualReportData>>(result.Result).Value!;
        var json = JsonNode.Parse(JsonSerializer.Serialize(report, AppJson))!.AsObject();
        Assert.Equal(["year", "form", "organization", "article20", "requests", "reviewsAndLitigation", "checks"], json.Select(p => p.Key));
        Assert.Equal("2019", json["form"]!.GetValue<string>());
        Assert.Equal("""{"section":"第二十条第（一）项","item":"规章","columns":["本年新制作数量","本年新公开数量","对外公开总数量"],"values":[0,null,null],"unit":null}""",
            json["article20"]![0]!.ToJsonString(AppJson));
        Assert.Equal("""{"section":"第二十条第（九）项","item":"政府集中采购","columns":["采购项目数量","采购总金额"],"values":[172,15760],"unit":null}""",
            json["article20"]![7]!.ToJsonString(AppJson));
        Assert.Equal("""{"path":["一、本年新收政府信息公开申请数量"],"values":[7,0,0,0,0,0,7]}""", json["requests"]!["rows"]![0]!.ToJsonString(AppJson));
        Assert.Equal(["columns", "values"], json["reviewsAndLitigation"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["rule", "passed", "detail"], json["checks"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(report.Form, JsonSerializer.Deserialize<AnnualReportData>(json.ToJsonString(), AppJson)!.Form);
    }

    [Fact]
    public async Task AWordFileUploadedAsFileIsRead()
    {
        using var docx = AnnualReportFixtures.Docx(AnnualReportFixtures.LuodianRows);
        var http = new DefaultHttpContext();
        http.Request.ContentType = "multipart/form-data; boundary=report";
        http.Request.Form = new FormCollection([], new FormFileCollection { new FormFile(docx, 0, docx.Length, "file", "罗甸县2019年报.docx") });

        var result = await AnnualReportParseApi.ParseAsync(http.Request, TestContext.Current.CancellationToken);

        Assert.Equal(2019, Assert.IsType<Ok<AnnualReportData>>(result.Result).Value!.Year);
    }

    [Fact]
    public async Task AnHtmlBodyIsReadAsAPage()
    {
        var result = await AnnualReportParseApi.ParseAsync(TextRequest(AnnualReportFixtures.LuodianHtml, "text/html"), TestContext.Current.CancellationToken);

        Assert.Equal(172m, Assert.IsType<Ok<AnnualReportData>>(result.Result).Value!.Article20Item("政府集中采购")!.Values[0]);
    }

    [Fact]
    public async Task GarbageGetsA400NamingWhatWasNotFoundInChineseAndEnglish()
    {
        var result = await AnnualReportParseApi.ParseAsync(TextRequest("hello", "text/plain"), TestContext.Current.CancellationToken);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        var errors = JsonNode.Parse(JsonSerializer.Serialize(problem.ProblemDetails.Extensions["errors"], AppJson))!.AsArray();
        Assert.Equal(["yearNotFound", "requestsTableNotFound"], errors.Select(e => e!["code"]!.GetValue<string>()));
        Assert.StartsWith("未找到表三", errors[1]!["zh"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Table 三", errors[1]!["en"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithoutAFileGetsA400()
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = "multipart/form-data; boundary=report";
        http.Request.Form = new FormCollection([]);

        var result = await AnnualReportParseApi.ParseAsync(http.Request, TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<ProblemHttpResult>(result.Result).StatusCode);
    }

    private static HttpRequest TextRequest(string body, string contentType)
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = contentType;
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return http.Request;
    }
}
