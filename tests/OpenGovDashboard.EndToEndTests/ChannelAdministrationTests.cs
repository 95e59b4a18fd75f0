using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;
using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>发布渠道 as the e-government centre and a department editor use it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ChannelAdministrationTests(BrowserAppFixture app)
{
    [Fact]
    public async Task AdminCreatesAChannelAndAddsAColumn()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        var shell = new ShellPageObject(page);
        await shell.OpenAsync("/channels");
        await page.GetByTestId("channel-create").ClickAsync();
        await MudField.Input(page, "channel-name").FillAsync("罗甸县教育局门户专栏");
        await page.GetByTestId("channel-kind").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "政府门户网站" }).ClickAsync();
        await page.GetByTestId("channel-save").ClickAsync();
        var row = page.GetByTestId("channels-table").Locator("tr", new() { HasText = "罗甸县教育局门户专栏" }).First;
        await Assertions.Expect(row).ToBeVisibleAsync();

        await row.GetByTitle("新增栏目").ClickAsync();
        await MudField.Input(page, "column-name").FillAsync("教育动态");
        await page.GetByTestId("column-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("channels-table")).ToContainTextAsync("教育动态");
        await BrowserAppFixture.ScreenshotAsync(page, "11-channels-admin");
    }

    [Fact]
    public async Task DepartmentEditorRecordsAPostingForTheirOwnUnitOnly()
    {
        var password = await app.EnsureUserAsync("chan-editor", Roles.DepartmentEditor, "罗甸县教育局");
        var page = await SignIn.AsAsync(app, "chan-editor", password);
        await new ShellPageObject(page).OpenAsync("/channels");
        await Assertions.Expect(page.GetByTestId("channel-create")).ToHaveCountAsync(0);
        await page.GetByTestId("posting-add").ClickAsync();
        await page.GetByTestId("posting-channel").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "罗甸县人民政府门户网站" }).ClickAsync();
        await MudField.Input(page, "posting-title").FillAsync("罗甸县教育局开展政务公开培训");
        await MudField.Input(page, "posting-date").FillAsync("2018-12-15");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByTestId("posting-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("posting-dialog")).ToHaveCountAsync(0);

        // The unit list offers only the editor's own unit: nobody else's postings can be entered from here.
        await page.GetByTestId("posting-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("posting-dialog")).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "12-posting-editor");
    }
}
