using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// 自查情况表 as of a day, downloaded as the page's button does: a 通报-style sheet of the county's websites and accounts with
/// the veto counts and verdict for readers county-wide, and only their own unit's channels for a department editor.
/// </summary>
public sealed class SelfInspectionSheetTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<(List<string> Lines, MemoryStream Book)> SheetAsync(HttpClient client, string asOf)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/monitoring/self-inspection?asOf={asOf}", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await client.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var book = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancellation));
        var lines = MiniExcel.Query(book, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => string.Join("|", r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""))).ToList();
        book.Position = 0;
        return (lines, book);
    }

    [Fact]
    public async Task TheCountySheetListsEveryWebsiteColumnAndAccountWithTheVerdictAndTheTitleMerged()
    {
        using var reader = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var (lines, book) = await SheetAsync(reader, "2019-12-31");

        Assert.StartsWith("罗甸县政府网站及政务新媒体自查情况表（截至2019年12月31日）", lines[0], StringComparison.Ordinal);
        var sites = lines.FindIndex(l => l.StartsWith("一、政府网站", StringComparison.Ordinal));
        var accounts = lines.FindIndex(l => l.StartsWith("二、政务新媒体", StringComparison.Ordinal));
        Assert.True(sites > 0 && accounts > sites);
        Assert.Equal("网站|栏目|更新类别|最后更新|未更新天数|阈值（天）|结论", lines[sites + 1]);
        var portal = lines.Skip(sites).Take(accounts - sites).Where(l => l.StartsWith(LuodianDemoData.Portal + "|", StringComparison.Ordinal)).ToList();
        Assert.Contains(portal, l => l.Contains("首页（全站）", StringComparison.Ordinal));
        Assert.Contains(portal, l => l.Contains("单项否决检查", StringComparison.Ordinal) && l.EndsWith("|合格", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(accounts), l => l.StartsWith(LuodianDemoData.Weibo + "|微博|2019年", StringComparison.Ordinal) && l.EndsWith("|合格", StringComparison.Ordinal));
        Assert.Contains("总体结论：合格", lines[^1], StringComparison.Ordinal);

        // Three weeks on the accounts are zombies: the same sheet says so, in the 通报's words.
        var (later, _) = await SheetAsync(reader, "2020-01-25");
        Assert.Contains(later, l => l.StartsWith(LuodianDemoData.Weibo + "|", StringComparison.Ordinal) && l.Contains("不合格（超过两周未更新（僵尸账号））", StringComparison.Ordinal));
        Assert.Contains("总体结论：不合格", later[^1], StringComparison.Ordinal);

        using var document = SpreadsheetDocument.Open(book, false);
        var invalid = new OpenXmlValidator().Validate(document, Cancellation).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        var merged = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("A1:G1", merged);
        Assert.Contains($"A{sites + 1}:G{sites + 1}", merged);
    }

    [Fact]
    public async Task ADepartmentEditorsSheetHoldsOnlyTheirUnitsChannels()
    {
        using var admin = await fixture.ClientWithKeyAsync(ApiKeyRole.Admin, null, Cancellation);
        int unit;
        await using (var db = fixture.CreateDbContext())
        {
            unit = db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).Single();
        }

        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative),
            new { name = "罗甸教育发布·自查", kind = "weChat", ownerOrgUnitId = unit, launchedOn = "2019-06-01" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var posted = await admin.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative),
            new[] { new { channel = "罗甸教育发布·自查", title = "秋季学期开学通知", publishedAt = "2019-12-20T09:00:00+08:00", externalId = "edu-sheet-1" } }, Cancellation);
        posted.EnsureSuccessStatusCode();

        using var editor = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, "罗甸县教育局", Cancellation);
        var (mine, _) = await SheetAsync(editor, "2019-12-31");
        Assert.StartsWith("罗甸县教育局网站及政务新媒体自查情况表（截至2019年12月31日）", mine[0], StringComparison.Ordinal);
        Assert.Contains(mine, l => l.StartsWith("罗甸教育发布·自查|微信公众号|2019年12月20日|11|14|", StringComparison.Ordinal));
        Assert.DoesNotContain(mine, l => l.Contains(LuodianDemoData.Portal, StringComparison.Ordinal) || l.Contains(LuodianDemoData.Weibo, StringComparison.Ordinal));

        var (county, _) = await SheetAsync(admin, "2019-12-31");
        Assert.Contains(county, l => l.StartsWith("罗甸教育发布·自查|", StringComparison.Ordinal));
        Assert.Contains(county, l => l.StartsWith(LuodianDemoData.Portal + "|", StringComparison.Ordinal));

        using var bad = await admin.GetAsync(new Uri("/api/v1/monitoring/self-inspection?asOf=2019-13-01", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("asOf", (await bad.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetRawText(), StringComparison.Ordinal);
    }
}
