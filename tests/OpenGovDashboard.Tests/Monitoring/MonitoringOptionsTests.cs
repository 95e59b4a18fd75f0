using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Features.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Tests.Monitoring;

public sealed class MonitoringOptionsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfiguredSourcesAreBoundWithTheirSecretProtected()
    {
        using var services = ConnectorTestServices.Build(settings: new Dictionary<string, string?>
        {
            ["Monitoring:Sources:0:Key"] = "luodian-zwdt",
            ["Monitoring:Sources:0:ChannelId"] = "1",
            ["Monitoring:Sources:0:ColumnId"] = "2",
            ["Monitoring:Sources:0:Kind"] = "Html",
            ["Monitoring:Sources:0:Url"] = "http://www.luodian.gov.cn/xwzx/zwdt/index.html",
            ["Monitoring:Sources:0:ItemSelector"] = "ul.list > li",
            ["Monitoring:Sources:0:DateSelector"] = "span",
            ["Monitoring:Sources:0:PageUrlPattern"] = "index_{index}.html",
            ["Monitoring:Sources:1:Key"] = "luodian-weibo",
            ["Monitoring:Sources:1:ChannelId"] = "5",
            ["Monitoring:Sources:1:Kind"] = "Weibo",
            ["Monitoring:Sources:1:Account"] = "5617021234",
            ["Monitoring:Sources:1:Secret"] = "plain-token-from-user-secrets",
        });
        var sources = await services.GetRequiredService<ConfiguredConnectorSources>().ListAsync(null, Cancellation);

        Assert.Equal(["luodian-zwdt", "luodian-weibo"], sources.Select(s => s.Key));
        Assert.Equal(new HtmlListSelectors("ul.list > li", "a", null, "span", null, "index_{index}.html"), sources[0].Selectors);
        Assert.Equal((1, (int?)2), (sources[0].ChannelId, sources[0].ColumnId));
        var weibo = sources[1];
        Assert.NotNull(weibo.ProtectedSecret);
        Assert.DoesNotContain("plain-token", weibo.ProtectedSecret, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-token", weibo.ToString(), StringComparison.Ordinal);
        Assert.Equal("plain-token-from-user-secrets", services.GetRequiredService<ConnectorSecrets>().Unprotect(weibo));
        Assert.Equal(["luodian-weibo"], (await services.GetRequiredService<ConfiguredConnectorSources>().ListAsync(5, Cancellation)).Select(s => s.Key));
    }

    [Fact]
    public void EveryBadSourceIsNamedByItsKey()
    {
        var options = new MonitoringOptions
        {
            Sources =
            [
                new ConnectorSourceOptions { Key = "a", ChannelId = 1, Kind = ConnectorKind.Html, Url = "not a url" },
                new ConnectorSourceOptions { Key = "a", ChannelId = 0, Kind = ConnectorKind.WeChat },
            ],
        };
        var result = new MonitoringOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            [
                "Monitoring:Sources:0:Url must be an absolute http(s) URL.",
                "Monitoring:Sources:0:ItemSelector is required for an HTML list page.",
                "Monitoring:Sources:1:Key must be set and unique.",
                "Monitoring:Sources:1:ChannelId must name a channel.",
                "Monitoring:Sources:1:Account (the WeChat appid or Weibo uid) is required.",
                "Monitoring:Sources:1:Secret or Monitoring:Sources:1:ProtectedSecret is required.",
            ],
            result.Failures!);
    }

    [Fact]
    public void AValidConfigurationStartsTheOptions()
    {
        using var services = ConnectorTestServices.Build();
        Assert.Equal(TimeSpan.Zero, services.GetRequiredService<IOptions<MonitoringOptions>>().Value.RetryDelay);
    }
}
