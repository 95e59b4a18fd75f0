using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OpenGovDashboard.Web.Features.Overview;

namespace OpenGovDashboard.Tests.Overview;

/// <summary>同比 on a KPI card: a percentage where it means something, the baseline where it does not, nothing to compare with said so.</summary>
public sealed class YearOnYearTests : BunitContext
{
    public YearOnYearTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [Theory]
    [InlineData(10621, 9800, "同比 ▲ 8.4%")]
    [InlineData(900, 1000, "同比 ▼ 10%")]
    [InlineData(9999, 1000, "同比 ▲ 899.9%")]
    [InlineData(10000, 1000, "去年同期仅 1,000 条")]
    [InlineData(13959, 1, "去年同期仅 1 条")]
    [InlineData(195, 0, "去年同期无数据")]
    public void TheCardSaysWhatTheComparisonMeans(int now, int before, string expected)
    {
        var text = Render<YearOnYear>(p => p.Add(c => c.Now, now).Add(c => c.Before, before)).Find("[data-testid=yoy]").TextContent;
        Assert.Equal(expected, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}
