using System.Globalization;
using MudBlazor;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>How target statuses and figures look, the same on every page.</summary>
public static class TargetStyles
{
    public static Color ColorOf(TargetStatus status) => status switch
    {
        TargetStatus.Met => Color.Success,
        TargetStatus.OnTrack => Color.Info,
        TargetStatus.AtRisk => Color.Warning,
        _ => Color.Error,
    };

    public static string N(double value) => value.ToString("#,0.#", CultureInfo.CurrentCulture);
}
