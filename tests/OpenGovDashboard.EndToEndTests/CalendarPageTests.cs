using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>The working-day calendar page in Chromium, as the bootstrap admin of the demo (pinned to 2019-12-31).</summary>
[Collection(SharedBrowser.Name)]
public sealed class CalendarPageTests(BrowserAppFixture app)
{
    [Fact]
    public async Task AdminSeesTheOfficialYearsAndTheDaysOfASelectedYear()
    {
        var page = await SignedInAsync();
        await Assertions.Expect(new ShellPageObject(page).Navigation.GetByText("工作日历", new() { Exact = true })).ToBeVisibleAsync();
        await page.GotoAsync("/admin/calendar");
        var calendar = new CalendarPageObject(page);
        await calendar.WaitUntilInteractiveAsync();
        await Assertions.Expect(calendar.Heading).ToHaveTextAsync("工作日历（节假日安排）");
        await Assertions.Expect(calendar.Years).ToContainTextAsync("2026");
        await Assertions.Expect(calendar.Years.Locator("tbody tr").Filter(new() { HasText = "2024" })).ToContainTextAsync("已录入");
        // 2024 on the official calendar: 251 working days (see WorkingDayCalendarTests).
        await Assertions.Expect(calendar.Years.Locator("tbody tr").Filter(new() { HasText = "2024" })).ToContainTextAsync("251");

        // The demo's today is 2019-12-31: 2019 is selected, with the 2018-12-29 make-up Saturday of its notice.
        await Assertions.Expect(calendar.Notice).ToContainTextAsync("国务院办公厅关于2019年部分节假日安排的通知");
        await Assertions.Expect(calendar.Days.Locator("tbody tr").First).ToContainTextAsync("2018-12-29");
        await Assertions.Expect(calendar.Days.Locator("tbody tr").First).ToContainTextAsync("上班（调休）");
        await BrowserAppFixture.ScreenshotAsync(page, "06-calendar");

        await calendar.SelectYearAsync(2024);
        var makeUpSunday = calendar.Days.Locator("tbody tr").Filter(new() { HasText = "2024-02-18" });
        await Assertions.Expect(makeUpSunday).ToContainTextAsync("星期日");
        await Assertions.Expect(makeUpSunday).ToContainTextAsync("上班（调休）");
    }

    [Fact]
    public async Task AdminEntersANewYearsNoticeAndItsFirstDayWithErrorsNamedInChinese()
    {
        var page = await SignedInAsync();
        await page.GotoAsync("/admin/calendar");
        var calendar = new CalendarPageObject(page);
        await calendar.WaitUntilInteractiveAsync();
        await calendar.SelectYearAsync(2027);
        await Assertions.Expect(calendar.NotEntered).ToContainTextAsync("2027年节假日安排尚未录入");

        await calendar.EnterYearAsync();
        await Assertions.Expect(calendar.NoticeDialog.Locator("input").First).ToHaveValueAsync("国务院办公厅关于2027年部分节假日安排的通知");
        await calendar.FillNoticeAsync("www.gov.cn/2027");
        await Assertions.Expect(calendar.NoticeDialog).ToContainTextAsync("通知网址：应为以 http:// 或 https:// 开头的完整网址。");
        await BrowserAppFixture.ScreenshotAsync(page, "07-calendar-notice-error");
        await calendar.FillNoticeAsync("https://www.gov.cn/zhengce/content/2027-notice.htm");
        await Assertions.Expect(calendar.NoticeDialog).ToHaveCountAsync(0);
        await Assertions.Expect(calendar.NoDays).ToBeVisibleAsync();

        await calendar.AddDaysAsync();
        await calendar.FillDayAsync("2027-01-01", "2027-01-03", "元旦");
        await Assertions.Expect(calendar.DayDialog).ToHaveCountAsync(0);
        await Assertions.Expect(calendar.Days.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(calendar.Days).ToContainTextAsync("2027-01-03");

        await calendar.AddDaysAsync();
        await calendar.FillDayAsync("2027-01-02", null, "元旦");
        await Assertions.Expect(calendar.DayDialog).ToContainTextAsync("日期：2027-01-02 已在日历中（元旦，放假）。");
        await BrowserAppFixture.ScreenshotAsync(page, "08-calendar-day-error");
    }

    private Task<IPage> SignedInAsync() => SignIn.AsAsync(app, "admin", BrowserAppFixture.AdminPassword);
}
