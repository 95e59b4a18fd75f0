using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// <c>POST /api/v1/postings/import</c> with real .xlsx and .csv files: the whole file lands or nothing does, errors name
/// the spreadsheet row and field, re-importing adds nothing, and a scoped key cannot import for another unit.
/// Rows are dated 2018 on channels open then, so the demo's 2019 figures stay as the other tests expect them.
/// </summary>
public abstract class PostingImportTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly string[] TemplateHeaders = ["渠道", "栏目", "单位", "标题", "链接", "发布时间", "外部编号"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GoodWorkbookAddsItsRowsAndTheSummaryCountsThem()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var before = await ChannelCountAsync(client, LuodianDemoData.CityWeChat, "2018-11-01", "2018-11-30");
        var file = Workbook(
            Row(LuodianDemoData.CityWeChat, null, null, "玉都罗甸：十一月见闻（导入测试）", "https://mp.weixin.qq.com/s/import-good-1", new DateTime(2018, 11, 5, 9, 30, 0), "import-good-1"),
            Row(LuodianDemoData.CityWeChat, null, LuodianDemoData.MediaCentre, "罗甸早知道（导入测试）", null, "2018-11-06 10:15", "import-good-2"),
            Row(LuodianDemoData.CityWeChat, null, null, "山水湖城见闻（导入测试）", null, "2018-11-07T08:00:00+08:00", "import-good-3"),
            Row(LuodianDemoData.Portal, "部门动态", "罗甸县教育局", "罗甸县教育局召开导入测试推进会", "http://www.gzluodian.gov.cn/bmdt/import-good-4.html", "2018/11/8 16:20", null));

        var response = await ImportAsync(client, file, "2018年11月发布信息.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(4, answer.GetProperty("added").GetInt32());
        Assert.Equal(0, answer.GetProperty("duplicates").GetInt32());
        Assert.Equal(before + 3, await ChannelCountAsync(client, LuodianDemoData.CityWeChat, "2018-11-01", "2018-11-30"));

        await using var db = fixture.CreateDbContext();
        // An Excel date cell and a text time without an offset are both Asia/Shanghai wall-clock times.
        var first = await db.Postings.SingleAsync(p => p.ExternalId == "import-good-1", Cancellation);
        Assert.Equal(new DateTime(2018, 11, 5, 1, 30, 0), first.PublishedAtUtc);
        var portal = await db.Postings.SingleAsync(p => p.Url == "http://www.gzluodian.gov.cn/bmdt/import-good-4.html", Cancellation);
        Assert.Equal("部门动态", await db.Columns.Where(c => c.Id == portal.ColumnId).Select(c => c.Name).SingleAsync(Cancellation));
        Assert.Equal("罗甸县教育局", await db.OrgUnits.Where(u => u.Id == portal.OrgUnitId).Select(u => u.Name).SingleAsync(Cancellation));
        Assert.Equal(new DateOnly(2018, 11, 8), portal.PublishedOn);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "postings.ingest" && a.Summary!.Contains("import:2018年11月发布信息.xlsx") && a.Summary.Contains("added=4"), Cancellation));
    }

    [Fact]
    public async Task WorkbookWithOneBadRowWritesNothingAndNamesTheRowAndField()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var before = await CountAsync();
        var file = Workbook(
            Row(LuodianDemoData.CityWeChat, null, null, "合格的一行（坏文件）", null, "2018-10-10 09:00", "import-bad-1"),
            Row("不存在的渠道", null, null, "渠道不存在的一行", null, "2018-10-10 09:00", "import-bad-2"),
            Row(LuodianDemoData.CityWeChat, null, null, "时间写错的一行", null, "昨天上午", "import-bad-3"),
            Row(LuodianDemoData.CityWeChat, null, null, "合格的另一行（坏文件）", null, "2018-10-11 09:00", "import-bad-4"));

        var response = await ImportAsync(client, file, "bad.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = await ErrorsAsync(response);
        Assert.Contains(errors, e => e.Row == 3 && e.Field == "channel" && e.Message.Contains("不存在的渠道", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 4 && e.Field == "publishedAt" && e.Message.Contains("昨天上午", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Row is 2 or 5);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ErrorsAreInEnglishWhenTheCallerAsksForIt()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));
        var response = await ImportAsync(client, Workbook(Row(LuodianDemoData.CityWeChat, null, null, "英文错误", null, "31/12/2018", null)), "en.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(await ErrorsAsync(response));
        Assert.Equal((2, "publishedAt"), (error.Row, error.Field));
        Assert.StartsWith("The publication time \"31/12/2018\" cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameFileTwiceAddsNothingTheSecondTime()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var file = Workbook(
            Row(LuodianDemoData.CityWeChat, null, null, "按外部编号去重（导入）", null, "2018-09-03 09:00", "import-twice-1"),
            Row(LuodianDemoData.CityWeChat, null, null, "按链接去重（导入）", "https://mp.weixin.qq.com/s/import-twice-2", "2018-09-03 09:05", null),
            Row(LuodianDemoData.CityWeChat, null, null, "按标题和时间去重（导入）", null, "2018-09-03 09:10", null));

        var first = await (await ImportAsync(client, file, "twice.xlsx")).Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var count = await CountAsync();
        var second = await (await ImportAsync(client, file, "twice.xlsx")).Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.Equal(3, first.GetProperty("added").GetInt32());
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(3, second.GetProperty("duplicates").GetInt32());
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task EnglishHeadersWork()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var rows = new List<Dictionary<string, object?>>
        {
            new()
            {
                ["channel"] = LuodianDemoData.Portal, ["column"] = "部门动态", ["orgUnit"] = "罗甸县教育局", ["title"] = "English headers import test",
                ["url"] = null, ["publishedAt"] = "2018-08-20T10:00:00+08:00", ["externalId"] = "import-english-1",
            },
        };
        var response = await ImportAsync(client, Save(rows), "english.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task CsvInUtf8WithByteOrderMarkWorks()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var text = "渠道,栏目,单位,标题,链接,发布时间,外部编号\r\n"
            + $"{LuodianDemoData.CityWeChat},,,\"玉都罗甸：逗号, 引号\"\"测试\"\"\",,2018/7/3 9:05,import-csv-bom-1\r\n"
            + $"{LuodianDemoData.Portal},部门动态,罗甸县教育局,CSV 导入测试,http://www.gzluodian.gov.cn/bmdt/import-csv-2.html,2018-07-04 10:00:30,\r\n"
            + ",,,,,,\r\n\r\n";
        var response = await ImportAsync(client, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], "bom.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("added").GetInt32());
        await using var db = fixture.CreateDbContext();
        var posting = await db.Postings.SingleAsync(p => p.ExternalId == "import-csv-bom-1", Cancellation);
        Assert.Equal("玉都罗甸：逗号, 引号\"测试\"", posting.Title);
        Assert.Equal(new DateTime(2018, 7, 3, 1, 5, 0), posting.PublishedAtUtc);
    }

    [Fact]
    public async Task CsvSavedByChineseExcelInGbkWorks()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var text = "渠道,栏目,单位,标题,链接,发布时间,外部编号\r\n"
            + $"{LuodianDemoData.CityWeChat},,,罗甸早知道（GBK 编码）,,2018/7/9 8:30,import-csv-gbk-1\r\n";
        var response = await ImportAsync(client, gbk.GetBytes(text), "gbk.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.Equal("罗甸早知道（GBK 编码）", (await db.Postings.SingleAsync(p => p.ExternalId == "import-csv-gbk-1", Cancellation)).Title);
    }

    [Fact]
    public async Task MissingRequiredHeaderGivesOneClearErrorNamingIt()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["渠道"] = LuodianDemoData.CityWeChat, ["发布时间"] = "2018-06-01 09:00", ["备注"] = "多余的列" },
        };
        var response = await ImportAsync(client, Save(rows), "no-title.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Contains(errors, e => e.Row == 1 && e.Field == "title" && e.Message == "缺少必填列“标题”（title）。请使用导入模板的表头。");
        Assert.Contains(errors, e => e.Row == 1 && e.Field == "header" && e.Message.StartsWith("表头“备注”（第 C 列）不是模板中的列", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlankRowBetweenDataRowsIsNamedAndTrailingBlankRowsAreIgnored()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var before = await CountAsync();
        var file = Workbook(
            Row(LuodianDemoData.CityWeChat, null, null, "空行之前", null, "2018-05-02 09:00", "import-blank-1"),
            Row(null, null, null, null, null, null, null),
            Row(LuodianDemoData.CityWeChat, null, null, "空行之后", null, "2018-05-02 10:00", "import-blank-3"),
            Row(null, null, null, null, null, null, null));

        var response = await ImportAsync(client, file, "blank.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(await ErrorsAsync(response));
        Assert.Equal((3, "row"), (error.Row, error.Field));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task FilesThatAreNotSpreadsheetsAreRefusedClearly()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var wrongType = await ErrorsAsync(await ImportAsync(client, Encoding.UTF8.GetBytes("hello"), "notes.txt"));
        Assert.Contains(wrongType, e => e.Field == "file" && e.Message.Contains(".xlsx", StringComparison.Ordinal));

        var damaged = await ErrorsAsync(await ImportAsync(client, Encoding.UTF8.GetBytes("渠道,标题\r\n"), "disguised.xlsx"));
        Assert.Contains(damaged, e => e.Field == "file" && e.Message.StartsWith("无法读取文件", StringComparison.Ordinal));

        using var notMultipart = await client.PostAsync(new Uri("/api/v1/postings/import", UriKind.Relative), new StringContent("[]", Encoding.UTF8, "application/json"), Cancellation);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notMultipart.StatusCode);

        using var misnamed = new MultipartFormDataContent { { new ByteArrayContent(Workbook()), "upload", "postings.xlsx" } };
        var noFile = await ErrorsAsync(await client.PostAsync(new Uri("/api/v1/postings/import", UriKind.Relative), misnamed, Cancellation));
        Assert.Contains(noFile, e => e.Field == "file" && e.Message.Contains("file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScopedIngestKeyImportingARowForAnotherUnitGets403AndNothingIsWritten()
    {
        fixture.RequireDatabase();
        var key = ApiKeyHasher.NewKey();
        await using (var db = fixture.CreateDbContext())
        {
            var unit = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
            db.ApiKeys.Add(new ApiKey { Name = "edu-import", Prefix = ApiKeyHasher.DisplayPrefix(key), Hash = ApiKeyHasher.Hash(key), Role = ApiKeyRole.Ingest, OrgUnitId = unit, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancellation);
        }

        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var before = await CountAsync();
        var file = Workbook(
            Row(LuodianDemoData.Portal, "部门动态", null, "教育局自己的动态（导入）", null, "2018-04-10 09:00", "import-scope-1"),
            Row(LuodianDemoData.Portal, "部门动态", LuodianDemoData.CountyOffice, "冒充县政府办（导入）", null, "2018-04-10 09:30", "import-scope-2"));

        var response = await ImportAsync(client, file, "scope.xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Contains($"第 3 行：单位“{LuodianDemoData.CountyOffice}”不在您的权限范围内", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        // Its own unit's rows alone go in, recorded for the key's unit.
        var own = await ImportAsync(client, Workbook(Row(LuodianDemoData.Portal, "部门动态", null, "教育局自己的动态（导入）", null, "2018-04-10 09:00", "import-scope-1")), "scope-own.xlsx");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await using var check = fixture.CreateDbContext();
        var unitId = (await check.Postings.SingleAsync(p => p.ExternalId == "import-scope-1", Cancellation)).OrgUnitId;
        Assert.Equal("罗甸县教育局", await check.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(Cancellation));
    }

    [Fact]
    public async Task TemplatesCarryTheTemplateHeaders()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var xlsx = await client.GetAsync(new Uri("/api/v1/postings/import/template?format=xlsx", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(["发布信息", "填写说明", "渠道与栏目", "单位"], MiniExcel.GetSheetNames(workbook));
        var header = (IDictionary<string, object?>)workbook.Query(useHeaderRow: false, excelType: ExcelType.XLSX).First();
        Assert.Equal(TemplateHeaders, header.Values.Select(v => v?.ToString()));
        var channels = workbook.Query(useHeaderRow: true, sheetName: "渠道与栏目", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(channels, c => (string?)c["渠道名称"] == LuodianDemoData.Portal && (string?)c["栏目名称"] == "部门动态");

        var csv = await client.GetByteArrayAsync(new Uri("/api/v1/postings/import/template?format=csv", UriKind.Relative), Cancellation);
        Assert.Equal([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join(",", TemplateHeaders) + "\r\n")], csv);

        var wrong = await client.GetAsync(new Uri("/api/v1/postings/import/template?format=pdf", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    private static Dictionary<string, object?> Row(string? channel, string? column, string? unit, string? title, string? url, object? publishedAt, string? externalId) =>
        new()
        {
            ["渠道"] = channel, ["栏目"] = column, ["单位"] = unit, ["标题"] = title, ["链接"] = url, ["发布时间"] = publishedAt, ["外部编号"] = externalId,
        };

    private static byte[] Workbook(params Dictionary<string, object?>[] rows) => Save([.. rows]);

    private static byte[] Save(List<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] file, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        form.Add(content, "file", fileName);
        return await client.PostAsync(new Uri("/api/v1/postings/import", UriKind.Relative), form, Cancellation);
    }

    private static async Task<List<(int? Row, string Field, string Message)>> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        return [.. problem.GetProperty("errors").EnumerateArray().Select(e => (
            e.GetProperty("row").ValueKind == JsonValueKind.Number ? e.GetProperty("row").GetInt32() : (int?)null,
            e.GetProperty("field").GetString()!,
            e.GetProperty("message").GetString()!))];
    }

    private HttpClient AdminClient()
    {
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        return client;
    }

    private static async Task<int> ChannelCountAsync(HttpClient client, string channel, string from, string to)
    {
        var summary = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/postings/summary?from={from}&to={to}&groupBy=channel", UriKind.Relative), Cancellation);
        return summary.GetProperty("groups").EnumerateArray()
            .Where(g => g.GetProperty("name").GetString() == channel)
            .Sum(g => g.GetProperty("count").GetInt32());
    }

    private async Task<int> CountAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Postings.CountAsync(Cancellation);
    }
}

public sealed class SqlitePostingImportTests(SqliteAppFixture fixture) : PostingImportTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlPostingImportTests(PostgreSqlAppFixture fixture) : PostingImportTests<PostgreSqlAppFixture>(fixture);
