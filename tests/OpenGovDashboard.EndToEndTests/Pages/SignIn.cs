using Microsoft.Playwright;
using OpenGovDashboard.EndToEndTests.Infrastructure;

namespace OpenGovDashboard.EndToEndTests.Pages;

/// <summary>Signs a user in on a fresh page and waits for the interactive shell.</summary>
public static class SignIn
{
    public static async Task<IPage> AsAsync(BrowserAppFixture app, string userName, string password, string locale = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(app);
        var page = await app.NewPageAsync(locale);
        await page.GotoAsync("/account/login");
        await new LoginPageObject(page).SignInAsync(userName, password);
        // Generous: the first sign-in of a run compiles and warms up much of the app.
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { Timeout = 60_000 });
        await new ShellPageObject(page).WaitUntilReadyAsync();
        return page;
    }
}
