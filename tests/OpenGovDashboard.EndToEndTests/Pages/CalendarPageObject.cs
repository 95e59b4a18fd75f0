using Microsoft.Playwright;

namespace OpenGovDashboard.EndToEndTests.Pages;

/// <summary>The working-day calendar admin page (/admin/calendar) and its dialogs.</summary>
public sealed class CalendarPageObject(IPage page)
{
    public ILocator Heading => page.Locator("h1");

    /// <summary>Waits until the page is loaded and its circuit answers clicks.</summary>
    public async Task WaitUntilInteractiveAsync()
    {
        await page.GetByTestId("calendar-page").WaitForAsync();
        await new ShellPageObject(page).WaitUntilReadyAsync();
    }

    public ILocator Years => page.GetByTestId("calendar-years");

    public ILocator Days => page.GetByTestId("calendar-days");

    public ILocator Notice => page.GetByTestId("calendar-notice");

    public ILocator NotEntered => page.GetByTestId("calendar-year-not-entered");

    public ILocator NoDays => page.GetByTestId("calendar-no-days");

    public ILocator NoticeDialog => page.GetByTestId("calendar-notice-dialog");

    public ILocator DayDialog => page.GetByTestId("calendar-day-dialog");

    public Task SelectYearAsync(int year) =>
        Years.Locator("tbody tr").Filter(new() { HasText = year.ToString(System.Globalization.CultureInfo.InvariantCulture) }).First.ClickAsync();

    public Task EnterYearAsync() => page.GetByTestId("calendar-enter-year").ClickAsync();

    public Task AddDaysAsync() => page.GetByTestId("calendar-add-day").ClickAsync();

    public async Task FillNoticeAsync(string? url)
    {
        await NoticeDialog.Locator("[data-testid=calendar-notice-url] input, input[data-testid=calendar-notice-url]").First.FillAsync(url ?? "");
        await page.GetByTestId("calendar-notice-save").ClickAsync();
    }

    public async Task FillDayAsync(string from, string? to, string name)
    {
        await DayDialog.GetByLabel("开始日期").FillAsync(from);
        await DayDialog.GetByLabel("开始日期").PressAsync("Tab");
        if (to is not null)
        {
            await DayDialog.GetByLabel("结束日期").FillAsync(to);
            await DayDialog.GetByLabel("结束日期").PressAsync("Tab");
        }

        await DayDialog.GetByLabel("节日名称").FillAsync(name);
        await DayDialog.GetByLabel("节日名称").PressAsync("Tab");
        await page.GetByTestId("calendar-day-save").ClickAsync();
    }
}
