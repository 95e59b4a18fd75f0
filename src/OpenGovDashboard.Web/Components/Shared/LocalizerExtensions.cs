using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Components.Shared;

/// <summary>Enum values are shown through resources named <c>EnumType.Member</c>.</summary>
public static class LocalizerExtensions
{
    public static string Enum<TEnum>(this IStringLocalizer<SharedResource> localizer, TEnum value)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"{typeof(TEnum).Name}.{value}"];
    }
}
