using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// The training register through the API: .xlsx import all-or-nothing with rows named, idempotent re-import, export, and
/// a unit-scoped key unable to touch another unit's sessions. Tests use 2018 dates: the demo's 2019 figures stay as they are.
/// </summary>
public sealed class TrainingTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows.ToList());
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "trainings.xlsx");
        return content;
    }

    private static Dictionary<string, object?> Row(string day, string kind, string title, string organiser, object attendees) => new()
    {
        ["日期"] = day, ["类型"] = kind, ["名称"] = title, ["组织单位"] = organiser, ["人次"] = attendees, ["学时"] = 2, ["备注"] = null,
    };

    private async Task<int> CountAsync(string titlePrefix)
    {
        await using var db = fixture.CreateDbContext();
        return await db.TrainingSessions.CountAsync(t => t.Title.StartsWith(titlePrefix), Cancellation);
    }

    [Fact]
    public async Task AFileWithOneBadRowWritesNothingAndNamesTheRowThenTheGoodFileLandsOnce()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.Admin, null);
        var rows = new[]
        {
            Row("2018-03-12", "业务培训会", "导入测试·乡镇信息员培训", "罗甸县电子政务中心", 64),
            Row("2018年4月9日", "汇报会", "导入测试·一季度汇报会", "罗甸县人民政府办公室", 22),
            Row("2018-05-40", "业务培训会", "导入测试·坏日期", "罗甸县电子政务中心", 10),
            Row("2018-06-01", "座谈会", "导入测试·坏类型", "不存在的单位", 3.5),
        };
        using var bad = await client.PostAsync(new Uri("/api/v1/trainings/import", UriKind.Relative), Workbook(rows), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Contains((4, "heldOn"), errors);
        Assert.Contains((5, "kind"), errors);
        Assert.Contains((5, "organiser"), errors);
        Assert.Contains((5, "attendees"), errors);
        Assert.DoesNotContain(errors, e => e.Item1 is 2 or 3);
        Assert.Equal(0, await CountAsync("导入测试"));

        using var good = await client.PostAsync(new Uri("/api/v1/trainings/import", UriKind.Relative), Workbook(rows.Take(2)), Cancellation);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(2, (await good.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("added").GetInt32());
        using var again = await client.PostAsync(new Uri("/api/v1/trainings/import", UriKind.Relative), Workbook(rows.Take(2)), Cancellation);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal((0, 2), (second.GetProperty("added").GetInt32(), second.GetProperty("duplicates").GetInt32()));
        Assert.Equal(2, await CountAsync("导入测试"));

        // The export of 2018 holds them, with the Chinese headers of the template.
        using var export = await client.GetAsync(new Uri("/api/v1/trainings/export?year=2018", UriKind.Relative), Cancellation);
        await using var book = await export.Content.ReadAsStreamAsync(Cancellation);
        var exported = book.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(exported, r => (string?)r["名称"] == "导入测试·一季度汇报会" && (string?)r["类型"] == "汇报会" && (string?)r["日期"] == "2018-04-09");
    }

    [Fact]
    public async Task AUnitScopedKeyCanNeitherImportChangeNorDeleteAnotherUnitsSessions()
    {
        // A session of the county office (not the education bureau's), recorded by an admin key.
        using var admin = await ClientWithKeyAsync(ApiKeyRole.Admin, null);
        using var added = await admin.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative),
            new[] { new { heldOn = "2018-09-03", kind = "training", title = "范围测试·县政府办培训", organiser = "罗甸县人民政府办公室", attendees = 30 } }, Cancellation);
        added.EnsureSuccessStatusCode();
        int id;
        await using (var db = fixture.CreateDbContext())
        {
            id = await db.TrainingSessions.Where(t => t.Title == "范围测试·县政府办培训").Select(t => t.Id).SingleAsync(Cancellation);
        }

        using var editor = await ClientWithKeyAsync(ApiKeyRole.Ingest, "罗甸县教育局");
        using var put = await editor.PutAsJsonAsync(new Uri($"/api/v1/trainings/{id}", UriKind.Relative),
            new { heldOn = "2018-09-03", kind = "training", title = "改名", organiser = "罗甸县教育局", attendees = 1 }, Cancellation);
        using var delete = await editor.DeleteAsync(new Uri($"/api/v1/trainings/{id}", UriKind.Relative), Cancellation);
        using var import = await editor.PostAsync(new Uri("/api/v1/trainings/import", UriKind.Relative),
            Workbook([Row("2018-09-10", "业务培训会", "范围测试·本单位", "罗甸县教育局", 12), Row("2018-09-11", "业务培训会", "范围测试·他单位", "罗甸县公安局", 12)]), Cancellation);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (put.StatusCode, delete.StatusCode, import.StatusCode));

        await using (var db = fixture.CreateDbContext())
        {
            var session = await db.TrainingSessions.SingleAsync(t => t.Id == id, Cancellation);
            Assert.Equal(("范围测试·县政府办培训", 30), (session.Title, session.Attendees));
            Assert.False(await db.TrainingSessions.AnyAsync(t => t.Title == "范围测试·本单位", Cancellation));
        }

        // Its own unit's session it may change and remove.
        using var own = await editor.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative),
            new[] { new { heldOn = "2018-09-12", kind = "training", title = "范围测试·教育局培训", organiser = "罗甸县教育局", attendees = 40 } }, Cancellation);
        own.EnsureSuccessStatusCode();
        int ownId;
        await using (var db = fixture.CreateDbContext())
        {
            ownId = await db.TrainingSessions.Where(t => t.Title == "范围测试·教育局培训").Select(t => t.Id).SingleAsync(Cancellation);
        }

        using var ownPut = await editor.PutAsJsonAsync(new Uri($"/api/v1/trainings/{ownId}", UriKind.Relative),
            new { heldOn = "2018-09-12", kind = "training", title = "范围测试·教育局培训", organiser = "罗甸县教育局", attendees = 45 }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, ownPut.StatusCode);
        using var handOver = await editor.PutAsJsonAsync(new Uri($"/api/v1/trainings/{ownId}", UriKind.Relative),
            new { heldOn = "2018-09-12", kind = "training", title = "范围测试·教育局培训", organiser = "罗甸县公安局", attendees = 45 }, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, handOver.StatusCode);
        using var ownDelete = await editor.DeleteAsync(new Uri($"/api/v1/trainings/{ownId}", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, ownDelete.StatusCode);
    }

    [Fact]
    public async Task TheDemosTrainingsShowThroughTheSummaryAndTheCharts()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.ReadOnly, null);
        var summary = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/trainings/summary?year=2019", UriKind.Relative), Cancellation);
        Assert.Equal(3, summary.GetProperty("sessions").GetInt32());
        var training = summary.GetProperty("byKind").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "training");
        Assert.Equal((2, 153), (training.GetProperty("sessions").GetInt32(), training.GetProperty("attendees").GetInt32()));
    }

    private Task<HttpClient> ClientWithKeyAsync(ApiKeyRole role, string? unitName) => fixture.ClientWithKeyAsync(role, unitName, Cancellation);
}
