using MudBlazor;

namespace OpenGovDashboard.Web.Components.Layout;

/// <summary>The look: government red on white, and fonts that have every Chinese glyph.</summary>
public static class DashboardTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#b71c1c",
            Secondary = "#1565c0",
            AppbarBackground = "#b71c1c",
            Background = "#f6f7f9",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "sans-serif"],
            },
        },
    };
}
