using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OpenGovDashboard.Web.Components.Layout;

namespace OpenGovDashboard.Tests.Components;

public sealed class ShellComponentTests : BunitContext
{
    public ShellComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [Fact]
    public void NavigationNamesEveryAreaInChinese()
    {
        AddAuthorization().SetAuthorized("viewer");
        var nav = Render<NavMenu>();
        foreach (var area in new[] { "概览", "发布渠道", "培训", "绩效目标", "依申请公开", "年度报告", "渠道监测" })
        {
            Assert.Contains(area, nav.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AdministrationIsListedForAdminsOnly()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("viewer");
        Assert.DoesNotContain("系统管理", Render<NavMenu>().Markup, StringComparison.Ordinal);

        auth.SetPolicies("Admin");
        Assert.Contains("系统管理", Render<NavMenu>().Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishIsServedWhenTheUserSwitches()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        AddAuthorization().SetAuthorized("viewer");
        var nav = Render<NavMenu>();
        Assert.Contains("Overview", nav.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("概览", nav.Markup, StringComparison.Ordinal);
    }
}
