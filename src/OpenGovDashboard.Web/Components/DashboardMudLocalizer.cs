using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Components;

/// <summary>MudBlazor's own strings (pager, filters, dialogs) in Chinese; its English stays for en-US.</summary>
internal sealed class DashboardMudLocalizer(IStringLocalizer<MudResource> chinese) : MudLocalizer
{
    public override LocalizedString this[string key] =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh"
            ? chinese[key]
            : new LocalizedString(key, key, resourceNotFound: true);
}
