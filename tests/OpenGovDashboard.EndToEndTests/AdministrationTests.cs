using System.Net;
using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>系统管理 as an admin uses it: keys shown once and revoked, users created, every page in both languages.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AdministrationTests(BrowserAppFixture app)
{
    /// <summary>Each admin page and what shows it has loaded its data (same text in both languages).</summary>
    private static readonly (string Path, string Loaded)[] AdminPages =
    [
        ("admin", "[data-testid=admin-home]"),
        ("admin/users", "[data-testid=users-table] >> text=admin-bilingual"),
        ("admin/api-keys", "[data-testid=apikeys-table]"),
        ("admin/audit", "[data-testid=audit-table] >> text=demo.seed"),
        ("admin/calendar", "[data-testid=calendar-days] >> text=2019"),
        ("admin/org-units", "[data-testid=orgunit-tree] >> text=罗甸县教育局"),
    ];

    [Fact]
    public async Task AdminPagesRenderInChineseAndEnglish()
    {
        // Its own admin: the language choice is kept per user and must not leak into the other tests.
        var page = await SignIn.AsAsync(app, "admin-bilingual", await app.EnsureUserAsync("admin-bilingual", OpenGovDashboard.Web.Auth.Roles.Admin));
        foreach (var (path, loaded) in AdminPages)
        {
            await page.GotoAsync("/" + path);
            await Assertions.Expect(page.Locator(loaded).First).ToBeVisibleAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "30-" + path.Replace('/', '-') + "-zh");
        }

        // The switch reloads the page the user is on, now in English.
        await new ShellPageObject(page).LanguageSwitch.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Org units");
        foreach (var (path, loaded) in AdminPages)
        {
            await page.GotoAsync("/" + path);
            await Assertions.Expect(page.Locator(loaded).First).ToBeVisibleAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "31-" + path.Replace('/', '-') + "-en");
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Org units");
        await new ShellPageObject(page).LanguageSwitch.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("组织机构");
    }

    [Fact]
    public async Task ApiKeyIsShownOnceWorksAndStopsWorkingWhenRevoked()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/admin/api-keys");
        await page.GetByTestId("apikey-create").ClickAsync();
        await MudField.Input(page, "apikey-name").FillAsync("门户网站 CMS 推送（测试）");
        await page.GetByTestId("apikey-save").ClickAsync();
        var secret = await MudField.Input(page, "secret-value").InputValueAsync();
        Assert.StartsWith("ogd_", secret, StringComparison.Ordinal);
        await BrowserAppFixture.ScreenshotAsync(page, "32-apikey-shown-once");
        await page.GetByRole(AriaRole.Button, new() { Name = "完成" }).ClickAsync();

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", secret);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/v1/channels", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        await new ShellPageObject(page).OpenAsync("/admin/api-keys");
        var row = page.GetByTestId("apikeys-table").Locator("tr", new() { HasText = "门户网站 CMS 推送（测试）" });
        await Assertions.Expect(row).Not.ToContainTextAsync("从未使用");
        await row.GetByTestId("apikey-revoke").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "吊销" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("已于");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri("/api/v1/channels", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AdminCreatesALeaderWhoCanSignInButNotAdminister()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/admin/users");
        await page.GetByTestId("user-create").ClickAsync();
        var dialog = page.GetByTestId("user-dialog");
        await MudField.Input(dialog, "user-name-input").FillAsync("zhang.leader");
        await dialog.GetByTestId("user-role-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "领导" }).ClickAsync();
        await MudField.Input(dialog, "user-password-input").FillAsync("short");
        await page.GetByTestId("user-save").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("密码至少需要 8 位");

        await MudField.Input(dialog, "user-password-input").FillAsync("Leader-2019-ok");
        await page.GetByTestId("user-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-table")).ToContainTextAsync("zhang.leader");

        var leader = await SignIn.AsAsync(app, "zhang.leader", "Leader-2019-ok");
        await Assertions.Expect(new ShellPageObject(leader).Navigation.GetByText("系统管理", new() { Exact = true })).ToHaveCountAsync(0);
        await leader.GotoAsync("/admin/users");
        await Assertions.Expect(leader.GetByText("无权访问")).ToBeVisibleAsync();

        await page.GotoAsync("/admin/audit");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("user.create");
    }
}
