using System.Net.Http.Json;
using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;
using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>The live dashboard: it follows new postings without a reload, drills down, and keeps editors in their unit.</summary>
[Collection(SharedBrowser.Name)]
public sealed class DashboardTests(BrowserAppFixture app)
{
    // December 2018: a month of its own, so that the demo's 2019 figures other tests read stay untouched.
    private const string December2018 = "/?from=2018-12-01&to=2018-12-31";

    [Fact]
    public async Task PostingsSentThroughTheApiChangeAnOpenDashboardWithoutAReload()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync(December2018);
        var total = page.GetByTestId("total-postings");
        await Assertions.Expect(total).ToBeVisibleAsync();
        var before = int.Parse((await total.InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        await page.EvaluateAsync("window.__sameDocument = true");

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", BrowserAppFixture.AdminApiKey);
        var response = await http.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), new object[]
        {
            new { channel = "山水湖城·玉都罗甸", title = "实时刷新测试一", publishedAt = "2018-12-20T10:00:00+08:00", externalId = "live-1" },
            new { channel = "山水湖城·玉都罗甸", title = "实时刷新测试二", publishedAt = "2018-12-21T10:00:00+08:00", externalId = "live-2" },
            new { channel = "山水湖城·玉都罗甸", title = "实时刷新测试三", publishedAt = "2018-12-22T10:00:00+08:00", externalId = "live-3" },
        }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();

        await Assertions.Expect(total).ToHaveTextAsync((before + 3).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), new() { Timeout = 5_000 });
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page reloaded");
        await BrowserAppFixture.ScreenshotAsync(page, "09-dashboard-live");
    }

    [Fact]
    public async Task ClickingAChartOpensThePostingsBehindIt()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await Assertions.Expect(page.GetByTestId("kpi-Weibo")).ToBeVisibleAsync();
        await page.GetByTestId("kpi-Weibo").ClickAsync();
        var grid = page.GetByTestId("drilldown-grid");
        await Assertions.Expect(grid).ToContainTextAsync("罗甸微政事");
        await Assertions.Expect(grid).ToContainTextAsync("共 103 条");
        await BrowserAppFixture.ScreenshotAsync(page, "10-drilldown");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("drilldown-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DepartmentEditorDrillsDownOnlyIntoTheirOwnUnit()
    {
        var password = await app.EnsureUserAsync("dash-editor", Roles.DepartmentEditor, "罗甸县教育局");
        var page = await SignIn.AsAsync(app, "dash-editor", password);
        // County totals are for everyone …
        await Assertions.Expect(page.GetByTestId("total-postings")).ToBeVisibleAsync();
        // … but the postings behind them only as far as the editor's unit reaches.
        await page.GetByTestId("kpi-Portal").ClickAsync();
        var grid = page.GetByTestId("drilldown-grid");
        await Assertions.Expect(grid).ToContainTextAsync("罗甸县教育局");
        var units = await grid.Locator("tbody tr td:nth-child(4)").AllInnerTextsAsync();
        Assert.NotEmpty(units);
        Assert.All(units, unit => Assert.Equal("罗甸县教育局", unit.Trim()));

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var cookies = await page.Context.CookiesAsync();
        http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        var other = await http.GetAsync(new Uri("/api/v1/postings/export?from=2019-01-01&to=2019-12-31&orgUnitId=2", UriKind.Relative), TestContext.Current.CancellationToken);
        other.EnsureSuccessStatusCode();
        await using var stream = await other.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Empty(rows);
    }

    [Fact]
    public async Task LeaderSeesWhichTargetsAreAtRisk()
    {
        var password = await app.EnsureUserAsync("dash-leader", Roles.Leader);
        var page = await SignIn.AsAsync(app, "dash-leader", password);
        await new ShellPageObject(page).OpenAsync("/targets");
        var table = page.GetByTestId("targets-table");
        await Assertions.Expect(table).ToContainTextAsync("有风险");
        await Assertions.Expect(table).ToContainTextAsync("落后");
        await Assertions.Expect(table).ToContainTextAsync("已达标");
        await Assertions.Expect(table.Locator("tr", new() { HasText = "罗甸县教育局" })).ToContainTextAsync("有风险");
        await BrowserAppFixture.ScreenshotAsync(page, "13-targets-leader");
    }
}
