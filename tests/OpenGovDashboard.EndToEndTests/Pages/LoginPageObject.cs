using Microsoft.Playwright;

namespace OpenGovDashboard.EndToEndTests.Pages;

/// <summary>The sign-in page (/account/login).</summary>
public sealed class LoginPageObject(IPage page)
{
    public ILocator Error => page.GetByTestId("login-error");

    public async Task SignInAsync(string userName, string password)
    {
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
    }
}
