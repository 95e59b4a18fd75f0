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
        await Assertions.Expect(page.GetByTestId("table-two")).ToContainTextAsync("14352");
        await Assertions.Expect(page.GetByTestId("report-export-docx")).ToBeVisibleAsync();

        await page.Locator("textarea[data-testid=report-five], [data-testid=report-five] textarea").First.FillAsync("一是政务公开队伍建设有待加强；二是政策解读与文件同步发布还不到位。");
        await page.GetByTestId("report-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-versions")).ToContainTextAsync("第 1 版");
        await page.GetByTestId("report-mark-final").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-final")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("report-exports")).Not.ToContainTextAsync("未通过");
        await BrowserAppFixture.ScreenshotAsync(page, "50-annual-report");

        // The .docx behind the button, fetched with the signed-in browser's cookies: the final version's text in it.
        var href = await page.GetByTestId("report-export-docx").GetAttributeAsync("href");
        var docx = await page.APIRequest.GetAsync(new Uri(new Uri(app.BaseUrl), href).ToString());
        Assert.True(docx.Ok, docx.StatusText);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Headers["content-type"]);
        var bytes = await docx.BodyAsync();
        await File.WriteAllBytesAsync(Path.Combine(BrowserAppFixture.ScreenshotFolder, "50-annual-report.docx"), bytes, TestContext.Current.CancellationToken);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains("队伍建设有待加强", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublishedReportUploadedAsHtmlIsReadBackWithItsTables()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", BrowserAppFixture.AdminApiKey);
        var html = await http.GetByteArrayAsync(new Uri("/api/v1/annual-reports/2019/document?format=html", UriKind.Relative), TestContext.Current.CancellationToken);

        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/annual-report/import");
        await page.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload { Name = "report-2019.html", MimeType = "text/html", Buffer = html });
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("2019");
        await Assertions.Expect(page.GetByTestId("table-two")).ToContainTextAsync("14352");
        await Assertions.Expect(page.GetByTestId("table-three")).ToContainTextAsync("予以公开");
        await Assertions.Expect(page.GetByTestId("table-checks")).Not.ToContainTextAsync("不符");
        await Assertions.Expect(page.GetByTestId("import-indicators")).ToContainTextAsync("79");

        // Saved as the county's 2019 figures: the demo holds the same 第二十条 and indicators, so only tables 三/四 are new;
        // saving the same report again changes nothing.
        await page.GetByTestId("import-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("import-differences")).ToBeHiddenAsync();
        await page.GetByTestId("import-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-saved")).ToContainTextAsync("未作任何改动");
        await BrowserAppFixture.ScreenshotAsync(page, "51-annual-report-import");

        // Garbage gets a clear message, not a half-read table.
        await page.Locator("textarea[data-testid=import-text], [data-testid=import-text] textarea").First.FillAsync("这不是年度报告");
        await page.GetByTestId("import-parse").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-error")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheFiguresPageShowsTheDemosTableTwoWithItsBlanks()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/annual-report/figures");
        await Assertions.Expect(MudField.Input(page, "cell-行政许可-2")).ToHaveValueAsync("14352");
        await Assertions.Expect(MudField.Input(page, "cell-行政许可-1")).ToHaveValueAsync("-3");
        await Assertions.Expect(MudField.Input(page, "cell-规章-1")).ToHaveValueAsync("");
        await BrowserAppFixture.ScreenshotAsync(page, "52-annual-report-figures");
    }

    [Fact]
    public async Task ALastYearsReportSavedForAUnitAppearsBesideItsNextYearsFiguresAndAChangedFigureNeedsConfirmation()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", BrowserAppFixture.AdminApiKey);
        var html = await http.GetStringAsync(new Uri("/api/v1/annual-reports/2019/document?format=html", UriKind.Relative), TestContext.Current.CancellationToken);
        var report2018 = html.Replace("2019年", "2018年", StringComparison.Ordinal);

        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/annual-report/import");
        await page.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload { Name = "edu-2018.html", MimeType = "text/html", Buffer = System.Text.Encoding.UTF8.GetBytes(report2018) });
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("2018");
        await page.GetByTestId("import-unit").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("罗甸县农业农村局", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("import-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-saved")).ToContainTextAsync("罗甸县农业农村局");

        // The same year again with 行政许可's count changed: the difference is listed and nothing changes until confirmed.
        await page.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload
        {
            Name = "edu-2018-corrected.html", MimeType = "text/html", Buffer = System.Text.Encoding.UTF8.GetBytes(report2018.Replace("<td>14352</td>", "<td>14350</td>", StringComparison.Ordinal)),
        });
        // Wait for the second file's own figure: "2018" is on the page from the first one already, and saving before the
        // second parse lands would save the first report again (no difference at all).
        await Assertions.Expect(page.GetByTestId("table-two")).ToContainTextAsync("14350");
        await page.GetByTestId("import-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-difference")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("import-difference")).ToContainTextAsync("14350");
        await BrowserAppFixture.ScreenshotAsync(page, "53-annual-report-import-confirm");
        await page.GetByTestId("import-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-saved")).ToContainTextAsync("已保存");

        // 2019's entry page of that unit shows 2018 beside each field.
        await new ShellPageObject(page).OpenAsync("/annual-report/figures");
        await page.GetByTestId("figures-unit").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("罗甸县农业农村局", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("prev-行政许可-0")).ToContainTextAsync("2018年：211");
        await Assertions.Expect(page.GetByTestId("prev-行政许可-2")).ToContainTextAsync("2018年：14350");
        await Assertions.Expect(page.GetByTestId("prev-规章-1")).ToContainTextAsync("2018年：空");
        await Assertions.Expect(MudField.Input(page, "cell-行政许可-0")).ToHaveValueAsync("");
        await BrowserAppFixture.ScreenshotAsync(page, "54-annual-report-figures-previous");
    }

    [Fact]
    public async Task ANarrativeNumberThatContradictsTableThreeIsAnAmberWarningThatDoesNotHoldBackTheExport()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/annual-report");
        var one = page.Locator("textarea[data-testid=report-one], [data-testid=report-one] textarea").First;
        await Assertions.Expect(one).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("10621"));
        await Assertions.Expect(page.GetByTestId("narrative-warning")).ToHaveCountAsync(0);

        var text = await one.InputValueAsync();
        await one.FillAsync(text + "\n全年共收到政府信息公开申请12件。");
        await one.BlurAsync();
        var warning = page.GetByTestId("narrative-warning").Filter(new() { HasText = "收到政府信息公开申请12件" });
        await Assertions.Expect(warning).ToHaveCountAsync(1);
        // The demo's 7 requests, plus any other tests of the shared app registered in 2019: never the narrative's 12.
        var said = System.Text.RegularExpressions.Regex.Match(await warning.InnerTextAsync(), @"总计为 (\d+)");
        Assert.True(said.Success, await warning.InnerTextAsync());
        var total = int.Parse(said.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(total, 7, 11);
        await Assertions.Expect(page.GetByTestId("report-export-docx")).Not.ToHaveAttributeAsync("disabled", "");
        await Assertions.Expect(page.GetByTestId("report-export-docx")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-button-disabled"));
        await BrowserAppFixture.ScreenshotAsync(page, "55-annual-report-narrative-warning");
    }
}
