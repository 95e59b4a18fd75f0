using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>渠道监测 in Chromium: the demo passes on its last day, as the report says; three weeks later the accounts are zombies, in red.</summary>
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

        await page.GotoAsync("/monitoring?asOf=2020-01-25");
        await Assertions.Expect(page.GetByTestId("veto-banner")).ToContainTextAsync("罗甸微政事");
        var weibo = table.Locator("tr").Filter(new() { HasText = "罗甸微政事" }).First;
        await Assertions.Expect(weibo).ToContainTextAsync("不合格");
        await Assertions.Expect(weibo.Locator(".mud-error-text").First).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "61-monitoring-silent");
    }
}
