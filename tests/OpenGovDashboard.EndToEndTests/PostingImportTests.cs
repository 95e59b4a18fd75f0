using Microsoft.Playwright;
using MiniExcelLibs;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>
/// The import page in Chromium: a file with a bad row is previewed with the row named and cannot be confirmed; the
/// corrected file is previewed and imported; a department editor cannot import for another unit. Rows are dated
/// 2018 so the demo's 2019 figures stay as the other tests expect them.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PostingImportTests(BrowserAppFixture app) : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "opengov-tests", $"e2e-import-{Guid.NewGuid():N}")).FullName;

    [Fact]
    public async Task AdminSeesTheBadRowNamedThenImportsTheCorrectedFile()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await Assertions.Expect(new ShellPageObject(page).Navigation.GetByText("导入发布信息", new() { Exact = true })).ToBeVisibleAsync();
        var import = new PostingImportPageObject(page);
        await import.OpenAsync();
        await Assertions.Expect(import.Heading).ToHaveTextAsync("导入发布信息");

        var download = await page.RunAndWaitForDownloadAsync(() => import.TemplateXlsx.ClickAsync());
        Assert.Equal("发布信息导入模板.xlsx", download.SuggestedFilename);

        // Row 3 names a channel that does not exist, row 4 has an unreadable time.
        var path = Workbook("2018年3月发布信息.xlsx",
            Row(LuodianDemoData.CityWeChat, null, "玉都罗甸：三月见闻（页面导入）", "2018-03-05 09:30", "e2e-import-1"),
            Row("罗甸发布", null, "渠道名称写错的一行", "2018-03-06 10:00", "e2e-import-2"),
            Row(LuodianDemoData.CityWeChat, null, "时间写错的一行", "三月七日", "e2e-import-3"),
            Row(LuodianDemoData.Portal, "部门动态", "罗甸县教育局开展页面导入测试", "2018/3/8 15:00", "e2e-import-4"));
        await import.UploadAsync(path);

        await Assertions.Expect(import.HasErrors).ToContainTextAsync("发现 2 处错误，未写入任何内容");
        var errors = await import.ErrorRowsAsync();
        Assert.Contains(("3", "渠道", "发布渠道“罗甸发布”不存在，请填写渠道编号或完整名称。"), errors);
        Assert.Contains(errors, e => e.Row == "4" && e.Field == "发布时间" && e.Message.Contains("三月七日", StringComparison.Ordinal));
        await Assertions.Expect(import.Preview.Locator("tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(import.Confirm).ToBeDisabledAsync();
        await SettleAsync(page);
        await BrowserAppFixture.ScreenshotAsync(page, "40-import-preview-errors");

        // The corrected file, under the same name, as a person would save it.
        Workbook("2018年3月发布信息.xlsx",
            Row(LuodianDemoData.CityWeChat, null, "玉都罗甸：三月见闻（页面导入）", "2018-03-05 09:30", "e2e-import-1"),
            Row(LuodianDemoData.CityWeChat, null, "渠道名称改正的一行", "2018-03-06 10:00", "e2e-import-2"),
            Row(LuodianDemoData.CityWeChat, null, "时间改正的一行", "2018-03-07 11:00", "e2e-import-3"),
            Row(LuodianDemoData.Portal, "部门动态", "罗甸县教育局开展页面导入测试", "2018/3/8 15:00", "e2e-import-4"));
        await import.UploadAsync(path);
        await Assertions.Expect(import.Ready).ToContainTextAsync("将新增 4 条，0 条已存在");
        await Assertions.Expect(import.Errors).ToHaveCountAsync(0);
        await Assertions.Expect(import.Confirm).ToBeEnabledAsync();

        await import.Confirm.ClickAsync();
        await Assertions.Expect(import.Done).ToContainTextAsync("导入完成：新增 4 条，重复 0 条");
        await Assertions.Expect(page.GetByTestId("import-choose")).ToBeEnabledAsync();
        await SettleAsync(page);
        await BrowserAppFixture.ScreenshotAsync(page, "41-import-done");

        // It was written: the same file again would add nothing.
        await page.GetByTestId("import-again").ClickAsync();
        await import.UploadAsync(path);
        await Assertions.Expect(import.NothingNew).ToContainTextAsync("4 条信息都已登记过");
        await Assertions.Expect(import.Confirm).ToBeDisabledAsync();
    }

    [Fact]
    public async Task DepartmentEditorImportingARowForAnotherUnitIsRefusedAndNothingIsWritten()
    {
        var password = await app.EnsureUserAsync("import-editor", Roles.DepartmentEditor, "罗甸县教育局");
        var page = await SignIn.AsAsync(app, "import-editor", password);
        var import = new PostingImportPageObject(page);
        await import.OpenAsync();
        await Assertions.Expect(import.ScopeNote).ToContainTextAsync("您只能导入罗甸县教育局及其下级单位的信息");

        var path = Workbook("教育局.xlsx",
            Row(LuodianDemoData.Portal, "部门动态", "教育局自己的动态（页面导入）", "2018-02-06 09:00", "e2e-scope-1"),
            Row(LuodianDemoData.Portal, "部门动态", "冒充县政府办的动态（页面导入）", "2018-02-06 10:00", "e2e-scope-2", LuodianDemoData.CountyOffice));
        await import.UploadAsync(path);

        await Assertions.Expect(import.Refusal).ToContainTextAsync($"第 3 行：单位“{LuodianDemoData.CountyOffice}”不在您的权限范围内");
        await Assertions.Expect(import.Refusal).ToContainTextAsync("未写入任何内容");
        await Assertions.Expect(import.Confirm).ToBeDisabledAsync();
        await SettleAsync(page);
        await BrowserAppFixture.ScreenshotAsync(page, "42-import-refused");

        // Nothing of the refused file was written: its own row alone is still new.
        var own = Workbook("教育局-本单位.xlsx",
            Row(LuodianDemoData.Portal, "部门动态", "教育局自己的动态（页面导入）", "2018-02-06 09:00", "e2e-scope-1"));
        await import.UploadAsync(own);
        await Assertions.Expect(import.Ready).ToContainTextAsync("将新增 1 条");
    }

    [Fact]
    public async Task ThePageAndItsErrorsAreInEnglishWhenTheBrowserAsks()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword, "en-US");
        var import = new PostingImportPageObject(page);
        await import.OpenAsync();
        await Assertions.Expect(import.Heading).ToHaveTextAsync("Import postings");

        await import.UploadAsync(Workbook("english.xlsx", Row(LuodianDemoData.CityWeChat, null, "English page test", "next Tuesday", "e2e-english-1")));

        await Assertions.Expect(import.HasErrors).ToContainTextAsync("Found 1 error(s); nothing was written.");
        var error = Assert.Single(await import.ErrorRowsAsync());
        Assert.Equal(("2", "Published at"), (error.Row, error.Field));
        Assert.StartsWith("The publication time \"next Tuesday\" cannot be read.", error.Message, StringComparison.Ordinal);
        await SettleAsync(page);
        await BrowserAppFixture.ScreenshotAsync(page, "43-import-english");
    }

    [Theory]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.Viewer)]
    public async Task RolesThatDoNotEnterDataCannotOpenTheImportPage(string role)
    {
        var userName = "import-" + role.ToLowerInvariant();
        var password = await app.EnsureUserAsync(userName, role);
        var page = await SignIn.AsAsync(app, userName, password);
        await Assertions.Expect(new ShellPageObject(page).Navigation.GetByText("导入发布信息", new() { Exact = true })).ToHaveCountAsync(0);
        await page.GotoAsync("/postings/import");
        await Assertions.Expect(page.GetByText("无权访问")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("import-page")).ToHaveCountAsync(0);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>MudBlazor buttons fade between disabled and enabled (a CSS transition); a screenshot should show where they end.</summary>
    private static Task SettleAsync(IPage page) => page.WaitForTimeoutAsync(500);

    private static Dictionary<string, object?> Row(string channel, string? column, string title, string publishedAt, string externalId, string? unit = null) =>
        new()
        {
            ["渠道"] = channel, ["栏目"] = column, ["单位"] = unit, ["标题"] = title, ["链接"] = null, ["发布时间"] = publishedAt, ["外部编号"] = externalId,
        };

    private string Workbook(string name, params Dictionary<string, object?>[] rows)
    {
        var path = Path.Combine(_folder, name);
        MiniExcel.SaveAs(path, rows.ToList(), overwriteFile: true);
        return path;
    }
}
