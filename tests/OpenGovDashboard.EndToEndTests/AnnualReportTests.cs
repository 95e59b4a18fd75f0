using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>The annual report page in Chromium: section 一 drafted from the demo's data, saved as a version, marked final.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AnnualReportTests(BrowserAppFixture app)
{
    [Fact]
    public async Task AnAdminDraftsSavesAndFinalisesTheCountysReport()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/annual-report");
        var one = page.Locator("textarea[data-testid=report-one], [data-testid=report-one] textarea").First;
        await Assertions.Expect(one).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("发布信息10621条"));
        await Assertions.Expect(page.GetByTestId("table-three")).ToContainTextAsync("予以公开");

        await page.Locator("textarea[data-testid=report-five], [data-testid=report-five] textarea").First.FillAsync("一是政务公开队伍建设有待加强；二是政策解读与文件同步发布还不到位。");
        await page.GetByTestId("report-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-versions")).ToContainTextAsync("第 1 版");
        await page.GetByTestId("report-mark-final").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-final")).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "50-annual-report");
    }
}
