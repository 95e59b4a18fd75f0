using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Requests;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>The 依申请公开 register in Chromium: an editor walks a letter through 补正 to its answer; another unit's editor sees none of it.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class RequestsTests(BrowserAppFixture app)
{
    private static async Task PickAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option).First.ClickAsync();
    }

    private static async Task AddStepAsync(IPage page, string kind, string date, string? result = null)
    {
        await page.GetByTestId("step-add").ClickAsync();
        var dialog = page.GetByTestId("step-dialog");
        await PickAsync(page, dialog.GetByTestId("step-kind"), kind);
        if (result is not null)
        {
            // Before the date: the date picker's popover would cover the select.
            await PickAsync(page, dialog.GetByTestId("step-result"), result);
        }

        await MudField.Input(dialog, "step-date").FillAsync(date);
        await MudField.Input(dialog, "step-date").PressAsync("Enter");

        await page.GetByTestId("step-save").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task AnEditorRegistersALetterAsksForCorrectionRecordsItAndAnswersWithTheDueDatesRight()
    {
        var password = await app.EnsureUserAsync("req-editor", Roles.DepartmentEditor, "罗甸县教育局");
        var page = await SignIn.AsAsync(app, "req-editor", password);
        await new ShellPageObject(page).OpenAsync("/requests");
        await Assertions.Expect(page.GetByTestId("requests-table")).ToBeVisibleAsync();

        await page.GetByTestId("request-add").ClickAsync();
        var dialog = page.GetByTestId("request-dialog");
        await MudField.Input(dialog, "request-subject").FillAsync("2019年秋季学期义务教育阶段学校招生划片范围");
        await PickAsync(page, dialog.GetByTestId("request-channel"), "信函");
        await MudField.Input(dialog, "request-arrived").FillAsync("2019-09-23");
        await MudField.Input(dialog, "request-arrived").PressAsync("Enter");
        await MudField.Input(dialog, "request-signed").FillAsync("2019-09-24");
        await MudField.Input(dialog, "request-signed").PressAsync("Enter");
        await page.GetByTestId("request-save").ClickAsync();

        // Signed for Tue 09-24, before 国庆: 20 working days (the make-up days 09-29 and 10-12 count) end Fri 10-25;
        // the 补正 notice is due within 7, by 10-09.
        await Assertions.Expect(page.GetByTestId("fact-due")).ToContainTextAsync("2019-10-25");
        await Assertions.Expect(page.GetByTestId("fact-received")).ToHaveTextAsync("2019-09-24");
        await Assertions.Expect(page.GetByTestId("fact-correction")).ToContainTextAsync("2019-10-09");
        var url = page.Url;

        await AddStepAsync(page, "告知补正", "2019-10-08");
        await AddStepAsync(page, "收到补正", "2019-10-15");

        // The clock restarts from the corrected application (Tue 10-15): 20 working days end Tue 11-12.
        await Assertions.Expect(page.GetByTestId("fact-clock")).ToHaveTextAsync("2019-10-15");
        await Assertions.Expect(page.GetByTestId("fact-due")).ToContainTextAsync("2019-11-12");
        await Assertions.Expect(page.GetByTestId("fact-correction")).Not.ToContainTextAsync("告知逾期");

        await AddStepAsync(page, "答复", "2019-11-08", "予以公开");
        await Assertions.Expect(page.GetByTestId("request-status")).ToHaveTextAsync("按时答复");
        await Assertions.Expect(page.GetByTestId("request-status")).ToHaveClassAsync(new Regex("mud-chip-color-success"));
        await Assertions.Expect(page.GetByTestId("timeline-step")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("request-timeline")).ToContainTextAsync("2019-10-08");
        await BrowserAppFixture.ScreenshotAsync(page, "40-request-timeline");

        await page.GotoAsync("/requests");
        await Assertions.Expect(page.GetByTestId("requests-table")).ToContainTextAsync("招生划片范围");
        await BrowserAppFixture.ScreenshotAsync(page, "41-requests-editor");

        // The police bureau's editor: not in the list, and the page itself answers "not found".
        var otherPassword = await app.EnsureUserAsync("req-police", Roles.DepartmentEditor, "罗甸县公安局");
        var other = await SignIn.AsAsync(app, "req-police", otherPassword);
        await new ShellPageObject(other).OpenAsync("/requests");
        await Assertions.Expect(other.GetByTestId("requests-table")).ToBeVisibleAsync();
        await Assertions.Expect(other.GetByTestId("requests-table")).Not.ToContainTextAsync("招生划片范围");
        await other.GotoAsync(new Uri(url).PathAndQuery);
        await Assertions.Expect(other.GetByTestId("request-not-found")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ALeaderApprovesAnExtensionAndEntersNothingElse()
    {
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            var education = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            var (registered, registeredId) = await scope.ServiceProvider.GetRequiredService<RequestCommands>().RegisterAsync(UnitScope.CountyWide, "e2e", new RequestInput
            {
                Subject = "2020年春季学期寄宿制学校补助名单", ApplicantType = ApplicantType.NaturalPerson, HandlingOrgUnitId = education,
                Channel = ReceiptChannel.InPerson, ArrivedOn = new DateOnly(2019, 12, 16),
            }, TestContext.Current.CancellationToken);
            Assert.True(registered.Succeeded, string.Join("; ", registered.Errors));
            id = registeredId!.Value;
        }

        var password = await app.EnsureUserAsync("req-leader", Roles.Leader);
        var page = await SignIn.AsAsync(app, "req-leader", password);
        await new ShellPageObject(page).OpenAsync($"/requests/{id}");
        await Assertions.Expect(page.GetByTestId("request-status")).ToHaveTextAsync("办理中");
        await Assertions.Expect(page.GetByTestId("step-add")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("step-undo")).ToHaveCountAsync(0);

        await page.GetByTestId("step-extend").ClickAsync();
        var dialog = page.GetByTestId("step-dialog");
        await Assertions.Expect(dialog.GetByTestId("step-kind")).ToContainTextAsync("延长答复期限");
        await MudField.Input(dialog, "step-days").FillAsync("20");
        await MudField.Input(dialog, "step-reason").FillAsync("涉及多所学校，需汇总核实");
        await page.GetByTestId("step-save").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await Assertions.Expect(page.GetByTestId("request-timeline")).ToContainTextAsync("req-leader");
        await Assertions.Expect(page.GetByTestId("request-timeline")).ToContainTextAsync("涉及多所学校");
        await Assertions.Expect(page.GetByTestId("step-extend")).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(page, "44-request-extension-leader");
    }

    [Fact]
    public async Task AnAdminSeesTheCountysRegisterWithTheDemosTablesThreeAndFour()
    {
        var page = await SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
        await new ShellPageObject(page).OpenAsync("/requests");
        await Assertions.Expect(page.GetByTestId("stat-received")).ToHaveTextAsync(NumberAtLeastSeven());
        await Assertions.Expect(page.GetByTestId("requests-table")).ToContainTextAsync("LDYSQ-2019-004");
        await Assertions.Expect(page.GetByTestId("table-three")).ToContainTextAsync("予以公开");
        await BrowserAppFixture.ScreenshotAsync(page, "42-requests-admin");

        // The dashboard's card set: the year's figures, results and applicants.
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("rc-received")).ToHaveTextAsync(NumberAtLeastSeven());
        await Assertions.Expect(page.GetByTestId("rc-results")).ToContainTextAsync("部分公开");
        await Assertions.Expect(page.GetByTestId("rc-applicants")).ToContainTextAsync("自然人");
        await BrowserAppFixture.ScreenshotAsync(page, "43-overview-requests");
    }

    [GeneratedRegex("^([7-9]|[1-9][0-9]+)$")]
    private static partial Regex NumberAtLeastSeven();
}
