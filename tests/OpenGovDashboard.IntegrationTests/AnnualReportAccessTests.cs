using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Features.AnnualReports;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// Who reads what of an annual report through the API: every reader gets the county's report, but its saved drafts only
/// those whose scope covers the county; exporting despite failed checks needs someone who may build that report.
/// </summary>
public sealed class AnnualReportAccessTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestPrincipals.As("admin", Roles.Admin);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADepartmentReadingTheCountysReportGetsTheFinalTextNeverAnUnfinishedDraft()
    {
        const int Year = 2018;
        int county;
        await using (var db = fixture.CreateDbContext())
        {
            county = await db.OrgUnits.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync(Cancellation);
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var drafts = scope.ServiceProvider.GetRequiredService<AnnualReportDrafts>();
        var (saved, version) = await drafts.SaveAsync(Admin, UnitScope.CountyWide, Year, county, new ReportSections("县级报告正文（定稿）", "问题与改进（定稿）", "无。"), Cancellation);
        Assert.True(saved.Succeeded);
        Assert.True((await drafts.MarkFinalAsync(Admin, Year, county, version!.Value, Cancellation)).Succeeded);
        Assert.True((await drafts.SaveAsync(Admin, UnitScope.CountyWide, Year, county, new ReportSections("县级报告正文（未定稿的修改稿）", "问题与改进（修改中）", "无。"), Cancellation)).Result.Succeeded);

        using var department = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, "罗甸县教育局", Cancellation);
        var seenByDepartment = await HtmlAsync(department, Year);
        Assert.Contains("县级报告正文（定稿）", seenByDepartment, StringComparison.Ordinal);
        Assert.DoesNotContain("未定稿", seenByDepartment, StringComparison.Ordinal);

        // The county's own readers see what the report page shows them: the final version first, as the document prints it.
        using var countyWide = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        Assert.Contains("县级报告正文（定稿）", await HtmlAsync(countyWide, Year), StringComparison.Ordinal);
        var builder = scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>();
        var education = await EducationAsync();
        Assert.Equal("县级报告正文（定稿）", (await builder.SectionsAsync(new UnitScope(false, education, new HashSet<int> { education }), Year, county, Cancellation)).One);

        // With no final version, a department gets the draft from the data, never the colleague's latest text.
        await using (var db = fixture.CreateDbContext())
        {
            await db.AnnualReportDrafts.Where(d => d.Year == Year && d.OrgUnitId == county).ExecuteUpdateAsync(s => s.SetProperty(d => d.IsFinal, false), Cancellation);
        }

        var withoutFinal = await HtmlAsync(department, Year);
        Assert.DoesNotContain("县级报告正文", withoutFinal, StringComparison.Ordinal);
        Assert.Contains("县级报告正文（未定稿的修改稿）", await HtmlAsync(countyWide, Year), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportingDespiteFailedChecksNeedsSomeoneWhoMayBuildTheReportAndIsRecorded()
    {
        // A unit's 2020 上一年项目数量 that does not follow from its 2019 figures (10 − 2 = 8): article20.previousYear fails.
        const string Unit = "罗甸县公安局";
        var police = await UnitAsync(Unit);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var commands = scope.ServiceProvider.GetRequiredService<ReportFigureCommands>();
            string Cell(int column) => ReportFigureCommands.Key("第二十条第（五）项", "行政许可", column);
            Assert.True((await commands.SaveAsync(Admin, UnitScope.CountyWide, 2019, police, new Dictionary<string, decimal?> { [Cell(0)] = 10, [Cell(1)] = -2 }, new Dictionary<string, decimal?>(), Cancellation)).Succeeded);
            Assert.True((await commands.SaveAsync(Admin, UnitScope.CountyWide, 2020, police, new Dictionary<string, decimal?> { [Cell(0)] = 99, [Cell(1)] = 0 }, new Dictionary<string, decimal?>(), Cancellation)).Succeeded);
        }

        var path = $"/api/v1/annual-reports/2020/document?format=docx&orgUnit={Uri.EscapeDataString(Unit)}";
        using var admin = await fixture.ClientWithKeyAsync(ApiKeyRole.Admin, null, Cancellation);
        using (var refused = await admin.GetAsync(new Uri(path, UriKind.Relative), Cancellation))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancellation)).RootElement;
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == "article20.previousYear");
        }

        // A reader (a read-only key, even one of that very unit) may read the report but not wave its failures through.
        foreach (var reader in new[] { await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, Unit, Cancellation), await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation) })
        {
            using (reader)
            using (var forbidden = await reader.GetAsync(new Uri(path + "&override=" + Uri.EscapeDataString("领导同意"), UriKind.Relative), Cancellation))
            {
                Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            }
        }

        await using (var db = fixture.CreateDbContext())
        {
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "report.override" && a.EntityId == police.ToString(System.Globalization.CultureInfo.InvariantCulture), Cancellation));
        }

        using (var overridden = await admin.GetAsync(new Uri(path + "&override=" + Uri.EscapeDataString("上年数据待核实，先行报送"), UriKind.Relative), Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", overridden.Content.Headers.ContentType?.MediaType);
        }

        await using (var db = fixture.CreateDbContext())
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.Action == "report.override" && a.EntityId == police.ToString(System.Globalization.CultureInfo.InvariantCulture), Cancellation);
            Assert.Contains("article20.previousYear", entry.Summary, StringComparison.Ordinal);
            Assert.Contains("上年数据待核实", entry.Summary, StringComparison.Ordinal);
        }
    }

    private static async Task<string> HtmlAsync(HttpClient client, int year)
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/annual-reports/{year}/document?format=html", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private Task<int> EducationAsync() => UnitAsync("罗甸县教育局");

    private async Task<int> UnitAsync(string name)
    {
        await using var db = fixture.CreateDbContext();
        return await db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync(Cancellation);
    }
}
