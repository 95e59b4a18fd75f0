using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Features.AnnualReports;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>The annual report from the database through the API: the data of api.md, and the documents; read back by the parser.</summary>
public sealed class AnnualReportApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheCountysDataOf2019IsTheReferenceReportsTablesWithEveryCheckPassed()
    {
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var data = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/annual-reports/2019/data", UriKind.Relative), Cancellation);
        Assert.Equal(("2019", "罗甸县人民政府"), (data.GetProperty("form").GetString(), data.GetProperty("organization").GetString()));
        var article20 = data.GetProperty("article20").EnumerateArray().ToDictionary(e => e.GetProperty("item").GetString()!, e => e.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal()).ToArray());
        Assert.Equal(8, article20.Count);
        Assert.Equal([0m, null, null], article20["规章"]);
        Assert.Equal([211m, -3m, 14352m], article20["行政许可"]);
        Assert.Equal([172m, 15760m], article20["政府集中采购"]);
        Assert.Equal(23, data.GetProperty("requests").GetProperty("rows").GetArrayLength());
        Assert.Equal(15, data.GetProperty("reviewsAndLitigation").GetProperty("values").GetArrayLength());
        var checks = data.GetProperty("checks").EnumerateArray().ToList();
        Assert.NotEmpty(checks);
        Assert.All(checks, c => Assert.True(c.GetProperty("passed").GetBoolean(), c.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task TheWordDocumentReadsBackAsTheSameData()
    {
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var data = await client.GetFromJsonAsync<AnnualReportData>(new Uri("/api/v1/annual-reports/2019/data", UriKind.Relative), new JsonSerializerOptions(JsonSerializerDefaults.Web), Cancellation);
        using var docx = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/document?format=docx", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Cancellation));
        var parsed = AnnualReportParser.ParseDocx(stream);
        Assert.Equal(2019, parsed.Year);
        Assert.Equal(data!.Article20, parsed.Article20);
        Assert.Equal(data.Requests.Rows.Select(r => r.Values.ToArray()), parsed.Requests.Rows.Select(r => r.Values.ToArray()));
        Assert.Equal((data.Year, data.Form, data.Organization), (parsed.Year, parsed.Form, parsed.Organization));
        Assert.Equal(data.Requests, parsed.Requests);
        Assert.Equal(data.ReviewsAndLitigation, parsed.ReviewsAndLitigation);

        // A document read alone has no last year: the cross-year rules are left out, every other one comes out the same.
        Assert.Equal(
            data.Checks.Where(c => c.Rule is not (Web.Domain.Requests.TableCheckRules.CrossYearCarryOver or Web.Domain.Requests.TableCheckRules.Article20PreviousYear)).Select(c => (c.Rule, c.Passed)),
            parsed.Checks.Select(c => (c.Rule, c.Passed)));

        foreach (var format in new[] { "xlsx", "html" })
        {
            using var file = await client.GetAsync(new Uri($"/api/v1/annual-reports/2019/document?format={format}", UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.NotEmpty(await file.Content.ReadAsByteArrayAsync(Cancellation));
        }

        using var html = await client.GetStringAsync(new Uri("/api/v1/annual-reports/2019/document?format=html", UriKind.Relative), Cancellation) is var text ? new StringContent(text) : null;
        Assert.Contains("10621", await html!.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitKeyGetsItsOwnUnitsReportButNotAnothers()
    {
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, "罗甸县教育局", Cancellation);
        using var own = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/data?orgUnit=罗甸县教育局", UriKind.Relative), Cancellation);
        using var other = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/data?orgUnit=罗甸县公安局", UriKind.Relative), Cancellation);
        using var bad = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/document?format=pdf", UriKind.Relative), Cancellation);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (own.StatusCode, other.StatusCode, bad.StatusCode));
    }

    [Fact]
    public async Task TheReferenceReportParsedThroughTheApiEqualsTheDemosReportFromTheDatabaseCellForCell()
    {
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "luodian-2019-tables.txt"), Cancellation);
        using var response = await client.PostAsync(new Uri("/api/v1/annual-reports/parse", UriKind.Relative),
            new StringContent(text, System.Text.Encoding.UTF8, "text/plain"), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var parsed = await response.Content.ReadFromJsonAsync<AnnualReportData>(options, Cancellation);
        Assert.Equal((2019, Web.Domain.Requests.ReportForm.Form2019), (parsed!.Year, parsed.Form));
        Assert.All(parsed.Checks, c => Assert.True(c.Passed, c.Detail));

        // Typed from the report by hand: every printed cell of table 二; blanks stay blank.
        Assert.Equal([0m, null, null], parsed.Article20Item("规章")!.Values);
        Assert.Equal([0m, null, null], parsed.Article20Item("规范性文件")!.Values);
        Assert.Equal([211m, -3m, 14352m], parsed.Article20Item("行政许可")!.Values);
        Assert.Equal([156m, 7m, 918m], parsed.Article20Item("其他对外管理服务事项")!.Values);
        Assert.Equal([2600m, -208m, 1673m], parsed.Article20Item("行政处罚")!.Values);
        Assert.Equal([150m, -7m, 3132m], parsed.Article20Item("行政强制")!.Values);
        Assert.Equal([21m, 7m], parsed.Article20Item("行政事业性收费")!.Values);
        Assert.Equal([172m, 15760m], parsed.Article20Item("政府集中采购")!.Values);

        // The demo's report built from the database has the same tables 二, 三 and 四, cell for cell.
        var built = await client.GetFromJsonAsync<AnnualReportData>(new Uri("/api/v1/annual-reports/2019/data", UriKind.Relative), options, Cancellation);
        Assert.Equal(parsed.Article20, built!.Article20);
        Assert.Equal(parsed.Requests.Rows.Select(r => (string.Join("/", r.Path), r.Values.ToArray())), built.Requests.Rows.Select(r => (string.Join("/", r.Path), r.Values.ToArray())));
        Assert.Equal(parsed.ReviewsAndLitigation.Values, built.ReviewsAndLitigation.Values);
    }

    [Fact]
    public async Task AnEditorEntersTheirUnitsFiguresBlanksStayBlankAndNextYearIsSuggestedFromThem()
    {
        int education, police;
        await using (var db = fixture.CreateDbContext())
        {
            education = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
            police = await db.OrgUnits.Where(u => u.Name == "罗甸县公安局").Select(u => u.Id).SingleAsync(Cancellation);
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ReportFigureCommands>();
        var editor = TestPrincipals.As("edu", Roles.DepartmentEditor, education);
        var editorScope = await scope.ServiceProvider.GetRequiredService<UnitScopeService>().ForAsync(editor, Cancellation);
        string Cell(string section, string item, int column) => ReportFigureCommands.Key(section, item, column);
        var permits = ("第二十条第（五）项", "行政许可");
        var cells = new Dictionary<string, decimal?>
        {
            [Cell(permits.Item1, permits.Item2, 0)] = 10, [Cell(permits.Item1, permits.Item2, 1)] = -2, [Cell(permits.Item1, permits.Item2, 2)] = 30,
            [Cell("第二十条第（一）项", "规章", 0)] = 0, [Cell("第二十条第（一）项", "规章", 1)] = null,
        };
        var saved = await commands.SaveAsync(editor, editorScope, 2018, education, cells, new Dictionary<string, decimal?> { [YearlyIndicatorKeys.ServiceGuideItems] = 120 }, Cancellation);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));

        var y2018 = await commands.LoadAsync(editorScope, 2018, education, Cancellation);
        Assert.Equal([10m, -2m, 30m], y2018.Article20.Single(e => e.Item == "行政许可").Values);
        Assert.Equal([0m, null, null], y2018.Article20.Single(e => e.Item == "规章").Values);
        Assert.Equal(120m, y2018.Indicators[YearlyIndicatorKeys.ServiceGuideItems]);
        var y2019 = await commands.LoadAsync(editorScope, 2019, education, Cancellation);
        Assert.Equal(8m, y2019.Suggested[Cell(permits.Item1, permits.Item2, 0)]);

        // A negative count is refused naming its cell; another unit is out of reach; a reader may not enter figures.
        var negative = await commands.SaveAsync(editor, editorScope, 2018, education,
            new Dictionary<string, decimal?> { [Cell(permits.Item1, permits.Item2, 0)] = -1 }, new Dictionary<string, decimal?>(), Cancellation);
        Assert.Equal(Cell(permits.Item1, permits.Item2, 0), Assert.Single(negative.Errors).Field);
        await Assert.ThrowsAsync<UnitScopeViolationException>(() => commands.SaveAsync(editor, editorScope, 2018, police, cells, new Dictionary<string, decimal?>(), Cancellation));
        var viewer = TestPrincipals.As("viewer", Roles.Viewer);
        var refused = await commands.SaveAsync(viewer, UnitScope.CountyWide, 2018, education, cells, new Dictionary<string, decimal?>(), Cancellation);
        Assert.Equal("permission", Assert.Single(refused.Errors).Field);
    }
}
