using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>Sign in and see the shell, in Chromium, as the bootstrap admin of the embedded demo.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class ShellTests(BrowserAppFixture app)
{
    [Fact]
    public async Task AnonymousVisitorLandsOnTheChineseSignInPage()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/channels");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        Assert.Contains("returnurl=%2Fchannels", page.Url, StringComparison.OrdinalIgnoreCase);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("政务公开数据看板");
        await Assertions.Expect(page.GetByTestId("login-submit")).ToHaveTextAsync("登录");
        await BrowserAppFixture.ScreenshotAsync(page, "01-login");
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithAChineseMessage()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        var login = new LoginPageObject(page);
        await login.SignInAsync("admin", "not-the-password");
        await Assertions.Expect(login.Error).ToHaveTextAsync("用户名或密码错误。");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminSignsInAndSeesTheChineseShellWithTheDemoCounty()
    {
        var page = await SignedInAsync();
        var shell = new ShellPageObject(page);
        foreach (var area in new[] { "概览", "发布渠道", "培训", "绩效目标", "依申请公开", "年度报告", "渠道监测", "系统管理" })
        {
            await Assertions.Expect(shell.Navigation.GetByText(area, new() { Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(shell.UserName).ToHaveTextAsync("admin");
        await Assertions.Expect(shell.ClockBanner).ToContainTextAsync("2019-12-31");
        // 10621 + 115 + 2157 + 768 + 103 + 195 postings in the reference report, counted from the database.
        await Assertions.Expect(page.GetByTestId("total-postings")).ToHaveTextAsync("13,959");
        var categories = page.GetByTestId("category-table");
        await Assertions.Expect(categories).ToContainTextAsync("概况类1,154");
        await Assertions.Expect(categories).ToContainTextAsync("政务动态4,820");
        await Assertions.Expect(categories).ToContainTextAsync("信息公开目录4,647");
        await Assertions.Expect(page.GetByTestId("kpi-Portal").GetByTestId("kpi-count")).ToHaveTextAsync("10,621");
        await Assertions.Expect(page.GetByTestId("kpi-Weibo").GetByTestId("kpi-count")).ToHaveTextAsync("103");
        await Assertions.Expect(page.GetByTestId("kpi-OtherNewMedia").GetByTestId("kpi-count")).ToHaveTextAsync("768");
        await Assertions.Expect(page.GetByTestId("kpi-GovServiceSite").GetByTestId("kpi-count")).ToHaveTextAsync("195");
        var accounts = page.GetByTestId("channel-card");
        await Assertions.Expect(accounts.Filter(new() { HasText = "罗甸县人民政府网" })).ToContainTextAsync("115");
        await Assertions.Expect(accounts.Filter(new() { HasText = "山水湖城·玉都罗甸" })).ToContainTextAsync("2,157");
        await Assertions.Expect(page.GetByTestId("chart-trend").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-category").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-ranking").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "02-overview");
    }

    [Fact]
    public async Task ChannelsPageListsTheReportsChannelsAndTheirColumns()
    {
        var page = await SignedInAsync();
        var shell = new ShellPageObject(page);
        await shell.GoToAsync("发布渠道");
        var table = page.GetByTestId("channels-table");
        await Assertions.Expect(table).ToContainTextAsync("罗甸微政事");
        await Assertions.Expect(table).ToContainTextAsync("10,621");
        await Assertions.Expect(table).ToContainTextAsync("动态要闻（2周）");
        await Assertions.Expect(table).ToContainTextAsync("政策文件");
        await BrowserAppFixture.ScreenshotAsync(page, "03-channels");
    }

    [Fact]
    public async Task TrainingsPageShowsTheDemosSessions()
    {
        var page = await SignedInAsync();
        await new ShellPageObject(page).GoToAsync("培训");
        var table = page.GetByTestId("trainings-table");
        await Assertions.Expect(table).ToContainTextAsync("汇报会");
        // The demo's three 2019 sessions (other tests may have recorded more).
        foreach (var title in new[] { "2019年全县政务公开工作业务培训会", "政府网站与政务新媒体管理业务培训会", "2019年政务公开工作汇报会" })
        {
            await Assertions.Expect(table).ToContainTextAsync(title);
        }
    }

    [Fact]
    public async Task LanguageSwitchesToEnglishAndBackAndFollowsTheUser()
    {
        var password = await app.EnsureUserAsync("viewer-bilingual", OpenGovDashboard.Web.Auth.Roles.Viewer);
        var page = await SignIn.AsAsync(app, "viewer-bilingual", password);
        var shell = new ShellPageObject(page);
        await shell.LanguageSwitch.ClickAsync();
        await Assertions.Expect(shell.Navigation.GetByText("Overview", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(shell.ClockBanner).ToContainTextAsync("pinned");
        await BrowserAppFixture.ScreenshotAsync(page, "05-overview-en");

        // The choice is kept for the user: a new browser signs in to English.
        var elsewhere = await SignIn.AsAsync(app, "viewer-bilingual", password);
        await Assertions.Expect(new ShellPageObject(elsewhere).Navigation.GetByText("Overview", new() { Exact = true })).ToBeVisibleAsync();

        await shell.LanguageSwitch.ClickAsync();
        await Assertions.Expect(shell.Navigation.GetByText("概览", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignOutReturnsToTheSignInPage()
    {
        var page = await SignedInAsync();
        await new ShellPageObject(page).SignOutAsync();
        await page.WaitForURLAsync(LoginUrl());
        await page.GotoAsync("/");
        await page.WaitForURLAsync(LoginUrl());
    }

    private Task<IPage> SignedInAsync() => SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}
