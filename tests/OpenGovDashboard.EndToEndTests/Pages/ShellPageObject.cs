using Microsoft.Playwright;

namespace OpenGovDashboard.EndToEndTests.Pages;

/// <summary>The signed-in shell: app bar, navigation and the demo banner.</summary>
public sealed class ShellPageObject(IPage page)
{
    public ILocator Navigation => page.GetByTestId("nav");

    public ILocator ClockBanner => page.GetByTestId("clock-banner");

    public ILocator UserName => page.GetByTestId("user-name");

    public ILocator LanguageSwitch => page.GetByTestId("language-switch");

    /// <summary>Waits until the interactive circuit is up: the drawer's links are rendered and clickable.</summary>
    public Task WaitUntilReadyAsync() => Navigation.WaitForAsync();

    public Task GoToAsync(string area) => Navigation.GetByText(area, new() { Exact = true }).ClickAsync();

    public Task SignOutAsync() => page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
}
