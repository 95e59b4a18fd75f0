using System.Globalization;
using OpenGovDashboard.Web.Features.Account;

namespace OpenGovDashboard.Web.Features.Alerts;

/// <summary>
/// Alerts are stored text that everyone reads in the bell, so they are written in the county's language (the app's default
/// culture, zh-CN) whoever's action raised them — an admin browsing in English who presses 立即同步 included.
/// <c>using var _ = AlertLanguage.Use();</c> around the drafting; the caller's culture comes back at the end of the scope.
/// </summary>
public static class AlertLanguage
{
    public static IDisposable Use()
    {
        var restore = new Restore(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var county = CultureInfo.GetCultureInfo(AccountEndpoints.SupportedCultures[0]);
        CultureInfo.CurrentCulture = county;
        CultureInfo.CurrentUICulture = county;
        return restore;
    }

    private sealed class Restore(CultureInfo culture, CultureInfo uiCulture) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
