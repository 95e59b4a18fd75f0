using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>
/// 渠道监测 in Chromium: the demo passes on its last day, as the report says; three weeks later the accounts are zombies, in
/// red; a column's gaps open in a dialog and the self-inspection sheet downloads. An admin stores a list-page source and
/// a probe against a local portal on 127.0.0.1, runs both now, and the monitoring page shows the run and the availability.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class MonitoringTests(BrowserAppFixture app)
{
    [Fact]
    public async Task TheDemoHasNoSleepingNewsColumnAndALaterDayShowsASilentAccountInRed()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/monitoring");
        var table = page.GetByTestId("monitoring-table");
        await Assertions.Expect(table).ToContainTextAsync("罗甸微政事");

        // The demo's own channels pass (other tests of this browser run may add channels that never posted).
        foreach (var name in new[] { "罗甸县人民政府门户网站", "山水湖城·玉都罗甸", "罗甸县人民政府网", "罗甸微政事", "聚焦罗甸" })
        {
            var row = table.Locator("tr").Filter(new() { HasText = name }).First;
            await Assertions.Expect(row).ToContainTextAsync("合格");
            await Assertions.Expect(row).Not.ToContainTextAsync("不合格");
            await Assertions.Expect(row).Not.ToContainTextAsync("有否决风险");
        }

        await BrowserAppFixture.ScreenshotAsync(page, "60-monitoring");

        // The portal's gaps over the year, column by column, from the day rollup.
        var portal = table.Locator("tr").Filter(new() { HasText = "罗甸县人民政府门户网站" }).First;
        await portal.GetByRole(AriaRole.Button, new() { Name = "更新间隔" }).ClickAsync();
        var gaps = page.GetByTestId("gaps-dialog");
        await Assertions.Expect(gaps).ToContainTextAsync("全站/账号");
        await Assertions.Expect(gaps.GetByTestId("gaps-channel")).ToContainTextAsync("天");
        await BrowserAppFixture.ScreenshotAsync(page, "62-monitoring-gaps");
        await page.Keyboard.PressAsync("Escape");

        // The sheet behind the download button, with the signed-in user's cookie.
        var href = await page.GetByTestId("monitoring-sheet").GetAttributeAsync("href");
        var sheet = await page.Context.APIRequest.GetAsync(app.BaseUrl + "/" + href);
        Assert.Equal(200, sheet.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.Headers["content-type"]);
        var body = await sheet.BodyAsync();
        await File.WriteAllBytesAsync(Path.Combine(BrowserAppFixture.ScreenshotFolder, "65-self-inspection.xlsx"), body, TestContext.Current.CancellationToken);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(body), useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("罗甸县政府网站及政务新媒体自查情况表（截至2019年12月31日）", rows[0]["A"]);

        await page.GotoAsync("/monitoring?asOf=2020-01-25");
        await Assertions.Expect(page.GetByTestId("veto-banner")).ToContainTextAsync("罗甸微政事");
        var weibo = table.Locator("tr").Filter(new() { HasText = "罗甸微政事" }).First;
        await Assertions.Expect(weibo).ToContainTextAsync("不合格");
        await Assertions.Expect(weibo.Locator(".mud-error-text").First).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "61-monitoring-silent");
    }

    [Fact]
    public async Task ADepartmentEditorSeesTheirOwnUnitsChannelsAndTheirGapsButNoOtherUnits()
    {
        var password = await app.EnsureUserAsync("mon-editor", Roles.DepartmentEditor, LuodianDemoData.MediaCentre);
        var page = await SignIn.AsAsync(app, "mon-editor", password);
        await new ShellPageObject(page).OpenAsync("/monitoring");
        var table = page.GetByTestId("monitoring-table");
        await Assertions.Expect(table).ToContainTextAsync(LuodianDemoData.CityWeChat);
        await Assertions.Expect(table).ToContainTextAsync(LuodianDemoData.NewsClient);
        await Assertions.Expect(table).Not.ToContainTextAsync(LuodianDemoData.Portal);
        await Assertions.Expect(table).Not.ToContainTextAsync(LuodianDemoData.Weibo);
        await Assertions.Expect(page.GetByTestId("monitoring-sources-link")).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(page, "66-monitoring-editor");

        var own = table.Locator("tr").Filter(new() { HasText = LuodianDemoData.CityWeChat }).First;
        await own.GetByRole(AriaRole.Button, new() { Name = "更新间隔" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("gaps-dialog").GetByTestId("gaps-channel")).ToContainTextAsync("天");
    }

    [Fact]
    public async Task AnAdminStoresAListPageSourceAndAProbeRunsThemNowAndTheMonitoringPageShowsBoth()
    {
        await using var portalSite = await LocalPortal.StartAsync();
        const string Channel = "E2E监测试点网站";
        using (var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) })
        {
            api.DefaultRequestHeaders.Add("X-Api-Key", BrowserAppFixture.AdminApiKey);
            using var created = await api.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative), new { name = Channel, kind = "portal", launchedOn = "2018-01-01" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/admin/monitoring-sources");

        await page.GetByTestId("source-create").ClickAsync();
        await MudField.Input(page, "source-name").FillAsync("E2E-试点要闻");
        await page.GetByTestId("source-channel").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = Channel }).ClickAsync();
        await MudField.Input(page, "source-url").FillAsync("www.example.gov.cn/list");
        await page.GetByTestId("source-save").ClickAsync();

        // Refused field by field, in Chinese: the URL and the missing item selector.
        var dialog = page.GetByTestId("source-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("地址（URL）：必填");
        await Assertions.Expect(dialog).ToContainTextAsync("条目选择器：网页列表必须填写");
        await MudField.Input(page, "source-url").FillAsync(portalSite.At("list.html"));
        await MudField.Input(page, "source-item").FillAsync("ul.news > li");
        await MudField.Input(page, "source-date").FillAsync("span");
        await page.GetByTestId("source-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        await page.GetByTestId("source-run-E2E-试点要闻").ClickAsync();
        await Assertions.Expect(page.GetByTestId("source-last-E2E-试点要闻")).ToContainTextAsync("新增 2 / 抓取 3");

        // 立即同步 opens the source's run records beside it.
        await Assertions.Expect(page.GetByTestId("source-runlist-E2E-试点要闻")).ToContainTextAsync("未注明发布时间（视为不更新）");

        await page.GetByTestId("probe-create").ClickAsync();
        await page.GetByTestId("probe-channel").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = Channel }).ClickAsync();
        await MudField.Input(page, "probe-url").FillAsync(portalSite.At(""));
        await page.GetByTestId("probe-save").ClickAsync();
        var probeRow = page.GetByTestId("probes-table").Locator("tr").Filter(new() { HasText = Channel }).First;
        await probeRow.GetByRole(AriaRole.Button, new() { Name = "立即探测" }).ClickAsync();
        await Assertions.Expect(probeRow).ToContainTextAsync("200");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await BrowserAppFixture.ScreenshotAsync(page, "63-monitoring-sources");

        await page.GotoAsync("/monitoring");
        var row = page.GetByTestId("monitoring-table").Locator("tr").Filter(new() { HasText = Channel }).First;
        await Assertions.Expect(row).ToContainTextAsync("E2E-试点要闻");
        await Assertions.Expect(row).ToContainTextAsync("新增 2 / 抓取 3");
        await Assertions.Expect(row).ToContainTextAsync("失败 0%");
        await Assertions.Expect(row).ToContainTextAsync("样本不足");
        await BrowserAppFixture.ScreenshotAsync(page, "64-monitoring-connectors");
    }

    /// <summary>A county portal's list page and home page on 127.0.0.1 (dates in 2018, so that the demo's 2019 stays as it is).</summary>
    private sealed class LocalPortal : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private LocalPortal(WebApplication app) => _app = app;

        public string At(string relative) => _app.Urls.Single() + "/" + relative;

        public static async Task<LocalPortal> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            app.Run(context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                return context.Response.WriteAsync(context.Request.Path == "/list.html"
                    ? """
                      <html><body><ul class="news">
                        <li><a href="/a/1.html">试点网站召开政务公开工作会议</a><span>2018-11-06</span></li>
                        <li><a href="/a/2.html">试点网站开展网站自查</a><span>2018年10月30日</span></li>
                        <li><a href="/a/3.html">没有日期的条目</a></li>
                      </ul></body></html>
                      """
                    : "<html><body>试点网站首页</body></html>");
            });
            await app.StartAsync();
            return new LocalPortal(app);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
