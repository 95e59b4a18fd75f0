using Microsoft.Playwright;

namespace OpenGovDashboard.EndToEndTests.Pages;

/// <summary>Finds the input of a MudBlazor field by its data-testid, whether MudBlazor put the attribute on the input or its wrapper.</summary>
public static class MudField
{
    public static ILocator Input(ILocator scope, string testId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
    }

    public static ILocator Input(IPage page, string testId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
    }
}
