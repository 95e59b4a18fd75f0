using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>A run's codes read in Chinese first, English when switched; the upstream's detail is kept; an unknown code shows as it is.</summary>
public sealed class ConnectorTextsTests
{
    private static readonly IStringLocalizer<SharedResource> L =
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void SkipReasonsAndErrorKindsReadInTheUsersLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("未注明发布时间（视为不更新）", ConnectorTexts.Skip(L, new SkippedItem("通知", SkipReasons.NoDate)));
            Assert.Equal("无法识别的发布时间：下周一", ConnectorTexts.Skip(L, new SkippedItem("通知", SkipReasons.BadDate, "下周一")));
            Assert.Equal("网站返回错误状态（http:503）", ConnectorTexts.Error(L, "http:503"));
            Assert.Equal("微信公众平台接口返回错误（wechat:40125）", ConnectorTexts.Error(L, "wechat:40125"));

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("rejected by the ingest checks: publishedAt: later than today", ConnectorTexts.Skip(L, new SkippedItem("x", SkipReasons.Rejected, "publishedAt: later than today")));
            Assert.Equal("no answer in time (timeout)", ConnectorTexts.Error(L, "timeout"));

            // A code a newer release stored, read by this one: shown as it is, nothing lost.
            Assert.Equal("paywall", ConnectorTexts.Skip(L, new SkippedItem("x", "paywall")));
            Assert.Equal("gopher:7", ConnectorTexts.Error(L, "gopher:7"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
