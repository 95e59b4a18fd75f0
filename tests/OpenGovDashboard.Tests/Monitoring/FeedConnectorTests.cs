using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>RSS 2.0 and Atom feeds with Chinese titles, served by a local Kestrel.</summary>
public sealed class FeedConnectorTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>罗甸县人民政府 - 政务动态</title><link>http://www.luodian.gov.cn/</link>
          <item><title>罗甸县召开2019年政务公开工作推进会</title><link>http://www.luodian.gov.cn/xwzx/zwdt/201911/t20191105_1.html</link>
            <guid isPermaLink="false">zwdt-20191105-1</guid><pubDate>Tue, 05 Nov 2019 09:30:00 +0800</pubDate></item>
          <item><title><![CDATA[县政府常务会议研究部署“冬春”农业生产]]></title><link>/xwzx/zwdt/201911/t20191104_2.html</link>
            <pubDate>Mon, 4 Nov 2019 01:00:00 GMT</pubDate></item>
          <item><title>罗甸县2019年第三季度政府网站自查情况</title><link>/xwzx/zwdt/t3.html</link></item>
          <item><title>罗甸县秋季森林防火工作部署</title><link>/xwzx/zwdt/t4.html</link><pubDate>下周一</pubDate></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>罗甸县人民政府 - 通知公告</title><id>urn:luodian:tzgg</id><updated>2019-11-06T08:00:00+08:00</updated>
          <entry><title>关于2019年秋冬季森林防火的通告</title><id>urn:luodian:tzgg:5678</id>
            <link rel="alternate" href="http://www.luodian.gov.cn/zwgk/tzgg/201911/t20191106_5678.html"/>
            <published>2019-11-06T08:00:00+08:00</published><updated>2019-11-07T10:00:00+08:00</updated></entry>
          <entry><title>罗甸县政务服务中心搬迁公告</title><id>urn:luodian:tzgg:5601</id>
            <link href="201911/t20191101_5601.html"/><updated>2019-11-01T02:00:00Z</updated></entry>
        </feed>
        """;

    [Fact]
    public async Task AnRssFeedYieldsGuidsResolvedLinksAndOffsetsAndReportsItsUndatedItems()
    {
        await using var server = await LocalHttpServer.StartAsync(context => LocalHttpServer.WriteAsync(context, Rss, "application/rss+xml; charset=utf-8"));
        using var services = ConnectorTestServices.Build();
        var source = new ConnectorSource("luodian-rss", 1, null, ConnectorKind.Rss, server.At("rss/zwdt.xml").AbsoluteUri);
        var fetch = await services.Connector<FeedConnector>().FetchAsync(source, null, Cancellation);

        Assert.Empty(fetch.Errors);
        Assert.Equal(4, fetch.Fetched);
        Assert.Equal(2, fetch.Parsed);
        var first = fetch.Items[0];
        Assert.Equal(("zwdt-20191105-1", "罗甸县召开2019年政务公开工作推进会"), (first.ExternalId, first.Title));
        Assert.Equal(new DateTimeOffset(2019, 11, 5, 1, 30, 0, TimeSpan.Zero), first.PublishedAt);

        // No guid: the resolved link is the external id.
        var second = fetch.Items[1];
        Assert.Equal("县政府常务会议研究部署“冬春”农业生产", second.Title);
        Assert.Equal(server.At("xwzx/zwdt/201911/t20191104_2.html").AbsoluteUri, second.Url);
        Assert.Equal(second.Url, second.ExternalId);
        Assert.Equal(new DateTimeOffset(2019, 11, 4, 1, 0, 0, TimeSpan.Zero), second.PublishedAt);

        Assert.Equal(
            [new SkippedItem("罗甸县2019年第三季度政府网站自查情况", SkipReasons.NoDate), new SkippedItem("罗甸县秋季森林防火工作部署", SkipReasons.BadDate, "下周一")],
            fetch.Skipped);
    }

    [Fact]
    public async Task AnAtomFeedPrefersPublishedOverUpdatedAndTheAlternateLink()
    {
        await using var server = await LocalHttpServer.StartAsync(context => LocalHttpServer.WriteAsync(context, Atom, "application/atom+xml"));
        using var services = ConnectorTestServices.Build();
        var source = new ConnectorSource("luodian-atom", 1, null, ConnectorKind.Rss, server.At("atom/tzgg.xml").AbsoluteUri);
        var fetch = await services.Connector<FeedConnector>().FetchAsync(source, null, Cancellation);

        Assert.Empty(fetch.Skipped);
        Assert.Equal(
            [
                ("urn:luodian:tzgg:5678", "关于2019年秋冬季森林防火的通告", "http://www.luodian.gov.cn/zwgk/tzgg/201911/t20191106_5678.html", new DateTimeOffset(2019, 11, 6, 0, 0, 0, TimeSpan.Zero)),
                ("urn:luodian:tzgg:5601", "罗甸县政务服务中心搬迁公告", server.At("atom/201911/t20191101_5601.html").AbsoluteUri, new DateTimeOffset(2019, 11, 1, 2, 0, 0, TimeSpan.Zero)),
            ],
            fetch.Items.Select(i => (i.ExternalId, i.Title, i.Url, i.PublishedAt.ToUniversalTime())));
    }

    [Fact]
    public async Task AnOldRssFeedWithADoctypeIsReadWithoutResolvingIt()
    {
        const string Old = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>罗甸县</title>
              <item><title>罗甸县政务服务中心搬迁公告</title><link>http://www.luodian.gov.cn/t1.html</link><pubDate>Thu, 01 Nov 2018 09:00:00 +0800</pubDate></item>
            </channel></rss>
            """;
        await using var server = await LocalHttpServer.StartAsync(context => LocalHttpServer.WriteAsync(context, Old, "text/xml"));
        using var services = ConnectorTestServices.Build();
        var source = new ConnectorSource("old-rss", 1, null, ConnectorKind.Rss, server.At("rss.xml").AbsoluteUri);
        var fetch = await services.Connector<FeedConnector>().FetchAsync(source, null, Cancellation);

        Assert.Equal("罗甸县政务服务中心搬迁公告", Assert.Single(fetch.Items).Title);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnHtmlPageWhereAFeedWasExpectedIsAParseFailure()
    {
        await using var server = await LocalHttpServer.StartAsync(context => LocalHttpServer.WriteAsync(context, "<html><body>维护中</body></html>", "text/html"));
        using var services = ConnectorTestServices.Build();
        var source = new ConnectorSource("broken", 1, null, ConnectorKind.Rss, server.At("rss.xml").AbsoluteUri);
        var fetch = await services.Connector<FeedConnector>().FetchAsync(source, null, Cancellation);

        Assert.Equal("feed:format", Assert.Single(fetch.Errors).Code);
    }
}
