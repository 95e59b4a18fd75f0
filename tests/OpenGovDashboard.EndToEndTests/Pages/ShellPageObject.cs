using Microsoft.Playwright;

namespace OpenGovDashboard.EndToEndTests.Pages;

/// <summary>The signed-in shell: app bar, navigation and the demo banner.</summary>
public sealed class ShellPageObject(IPage page)
{
    public ILocator Navigation => page.GetByTestId("nav");

    public ILocator ClockBanner => page.GetByTestId("clock-banner");

    public ILocator UserName => page.GetByTestId("user-name");

    public ILocator LanguageSwitch => page.GetByTestId("language-switch");

    /// <summary>Waits until the interactive circuit is up, so that buttons have their handlers.</summary>
    public Task WaitUntilReadyAsync() => page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Loads a page and waits for its circuit.</summary>
    public async Task OpenAsync(string path)
    {
        await page.GotoAsync(path);
        await WaitUntilReadyAsync();
    }

    public Task GoToAsync(string area) => Navigation.GetByText(area, new() { Exact = true }).ClickAsync();

    public Task SignOutAsync() => page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
}
