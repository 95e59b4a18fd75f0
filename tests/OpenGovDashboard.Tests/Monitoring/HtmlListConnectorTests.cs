using System.Text;
using Microsoft.AspNetCore.Http;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>Two portal list layouts served by a local Kestrel: a TRS-style list paged by URL pattern, a GBK table paged by a "下一页" link.</summary>
public sealed class HtmlListConnectorTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private const string NewsPage1 = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>政务动态_罗甸县人民政府</title></head>
        <body><div class="list-box"><ul class="list">
          <li><a href="./201911/t20191106_1.html" title="罗甸县召开2019年政务公开工作推进会暨业务培训会">罗甸县召开2019年政务公开工作推进会暨业…</a><span class="date">2019-11-06</span></li>
          <li><a href="/zwgk/xxgkml/201911/t20191105_2.html">县政府常务会议研究部署冬春农业生产</a><span class="date">2019/11/05</span></li>
          <li><a href="http://www.luodian.gov.cn/xwzx/zwyw/201911/t20191104_3.html">罗甸县开展安全生产大检查</a><span class="date">2019年11月4日</span></li>
          <li><a href="201910/t20191030_4.html">关于做好2020年元旦春节期间有关工作的通知</a><span class="date">2019.10.30</span></li>
          <li><a href="201910/t20191029_5.html">罗甸县2019年第三季度政府网站自查情况</a><span class="date"></span></li>
        </ul><div class="page"><a href="index_1.html">下一页</a></div></div></body></html>
        """;

    private const string NewsPage2 = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body><div class="list-box"><ul class="list">
          <li><a href="201910/t20191028_6.html">罗甸县召开脱贫攻坚推进会</a><span class="date">[10-28]</span></li>
          <li><a href="201812/t20181230_7.html">罗甸县2018年度政务公开工作总结</a><span class="date">12-30</span></li>
        </ul></div></body></html>
        """;

    private const string NoticesPage1 = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>通知公告</title></head>
        <body><table class="tzgg">
          <tr><td class="bt"><a href="../tzgg/201911/t20191106_5678.html">罗甸县人民政府关于2019年秋冬季森林防火的通告</a></td><td class="sj">[11-06]</td></tr>
          <tr><td class="bt"><a href="../tzgg/201911/t20191101_5601.html">关于罗甸县第1-2批次项目招标的公告</a></td><td class="sj">[11-01]</td></tr>
        </table><div class="pages"><span>1/2</span><a class="next" href="list_2.html">下一页</a></div></body></html>
        """;

    private const string NoticesPage2 = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
        <body><table class="tzgg">
          <tr><td class="bt"><a href="../tzgg/201812/t20181228_4410.html">罗甸县2019年元旦放假安排的通知</a></td><td class="sj">[12-28]</td></tr>
          <tr><td class="bt"><a href="../tzgg/201812/t20181201_4300.html">罗甸县政务服务中心搬迁公告</a></td><td class="sj">待定</td></tr>
        </table><div class="pages"><span>2/2</span></div></body></html>
        """;

    private static Task<LocalHttpServer> PortalAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("gb2312");
        return LocalHttpServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/xwzx/zwdt/index.html" => LocalHttpServer.WriteAsync(context, NewsPage1, "text/html; charset=utf-8"),
            "/xwzx/zwdt/index_1.html" => LocalHttpServer.WriteAsync(context, NewsPage2, "text/html; charset=utf-8"),
            "/zwgk/tzgg/list_1.html" or "/zwgk/tzgg/list_2.html" => WriteBytesAsync(context,
                gbk.GetBytes(context.Request.Path.Value.EndsWith("1.html", StringComparison.Ordinal) ? NoticesPage1 : NoticesPage2)),
            _ => LocalHttpServer.WriteAsync(context, "not found", "text/plain", 404),
        });
    }

    private static async Task WriteBytesAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "text/html";
        await context.Response.Body.WriteAsync(body);
    }

    private static ConnectorSource NewsSource(LocalHttpServer portal, int maxPages = 5) => new(
        "luodian-zwdt", 1, 2, ConnectorKind.Html, portal.At("xwzx/zwdt/index.html").AbsoluteUri,
        Selectors: new HtmlListSelectors("ul.list > li", Date: "span.date", PageUrlPattern: "index_{index}.html"), MaxPages: maxPages);

    [Fact]
    public async Task AListPageYieldsFullTitlesAbsoluteLinksAndEveryChineseDateForm()
    {
        await using var portal = await PortalAsync();
        using var services = ConnectorTestServices.Build();
        var fetch = await services.Connector<HtmlListConnector>().FetchAsync(NewsSource(portal), null, Cancellation);

        Assert.Empty(fetch.Errors);
        Assert.Equal(7, fetch.Fetched);
        var byTitle = fetch.Items.ToDictionary(i => i.Title);
        var first = byTitle["罗甸县召开2019年政务公开工作推进会暨业务培训会"];
        Assert.Equal(portal.At("xwzx/zwdt/201911/t20191106_1.html").AbsoluteUri, first.Url);
        Assert.Equal(new DateTimeOffset(2019, 11, 6, 0, 0, 0, TimeSpan.FromHours(8)), first.PublishedAt);
        Assert.Null(first.ExternalId);
        Assert.Equal(portal.At("zwgk/xxgkml/201911/t20191105_2.html").AbsoluteUri, byTitle["县政府常务会议研究部署冬春农业生产"].Url);
        Assert.Equal(new DateOnly(2019, 11, 5), Day(byTitle["县政府常务会议研究部署冬春农业生产"]));
        Assert.Equal("http://www.luodian.gov.cn/xwzx/zwyw/201911/t20191104_3.html", byTitle["罗甸县开展安全生产大检查"].Url);
        Assert.Equal(new DateOnly(2019, 11, 4), Day(byTitle["罗甸县开展安全生产大检查"]));
        Assert.Equal(new DateOnly(2019, 10, 30), Day(byTitle["关于做好2020年元旦春节期间有关工作的通知"]));

        // The second page, reached through the URL pattern: years inferred from the run date (2019-11-10), never in the future.
        Assert.Equal(new DateOnly(2019, 10, 28), Day(byTitle["罗甸县召开脱贫攻坚推进会"]));
        Assert.Equal(new DateOnly(2018, 12, 30), Day(byTitle["罗甸县2018年度政务公开工作总结"]));

        var skipped = Assert.Single(fetch.Skipped);
        Assert.Equal("罗甸县2019年第三季度政府网站自查情况", skipped.Item);
        Assert.Equal(SkipReasons.NoDate, skipped.Reason);

        // index_2.html is not there: paging ends without an error.
        Assert.Contains("/xwzx/zwdt/index_2.html", portal.Requests);
    }

    [Fact]
    public async Task PagingStopsAtTheConfiguredLimit()
    {
        await using var portal = await PortalAsync();
        using var services = ConnectorTestServices.Build();
        var fetch = await services.Connector<HtmlListConnector>().FetchAsync(NewsSource(portal, maxPages: 1), null, Cancellation);

        Assert.Equal(4, fetch.Parsed);
        Assert.Equal(["/xwzx/zwdt/index.html"], portal.Requests);
    }

    [Fact]
    public async Task ItemsBeforeSinceEndPaging()
    {
        await using var portal = await PortalAsync();
        using var services = ConnectorTestServices.Build();
        var fetch = await services.Connector<HtmlListConnector>().FetchAsync(NewsSource(portal), new DateOnly(2019, 11, 5), Cancellation);

        Assert.Equal(2, fetch.Parsed);
        Assert.All(fetch.Items, i => Assert.True(Day(i) >= new DateOnly(2019, 11, 5)));
    }

    [Fact]
    public async Task AGbkTablePagedByANextLinkIsReadWithBracketedDatesAndItsUndatedRowReported()
    {
        await using var portal = await PortalAsync();
        using var services = ConnectorTestServices.Build();
        var source = new ConnectorSource("luodian-tzgg", 1, 3, ConnectorKind.Html, portal.At("zwgk/tzgg/list_1.html").AbsoluteUri,
            Selectors: new HtmlListSelectors("table.tzgg tr", Title: "td.bt a", Date: "td.sj", NextPage: "div.pages a.next"));
        var fetch = await services.Connector<HtmlListConnector>().FetchAsync(source, null, Cancellation);

        Assert.Empty(fetch.Errors);
        Assert.Equal(4, fetch.Fetched);
        Assert.Equal(
            [
                ("罗甸县人民政府关于2019年秋冬季森林防火的通告", new DateOnly(2019, 11, 6), portal.At("zwgk/tzgg/201911/t20191106_5678.html").AbsoluteUri),
                ("关于罗甸县第1-2批次项目招标的公告", new DateOnly(2019, 11, 1), portal.At("zwgk/tzgg/201911/t20191101_5601.html").AbsoluteUri),
                ("罗甸县2019年元旦放假安排的通知", new DateOnly(2018, 12, 28), portal.At("zwgk/tzgg/201812/t20181228_4410.html").AbsoluteUri),
            ],
            fetch.Items.Select(i => (i.Title, Day(i), i.Url)));
        var skipped = Assert.Single(fetch.Skipped);
        Assert.Equal("罗甸县政务服务中心搬迁公告", skipped.Item);
        Assert.Equal((SkipReasons.BadDate, "待定"), (skipped.Reason, skipped.Detail));
    }

    [Fact]
    public async Task AMissingFirstPageThrowsForTheRunnerToRetry()
    {
        await using var portal = await PortalAsync();
        using var services = ConnectorTestServices.Build();
        var source = NewsSource(portal) with { Url = portal.At("gone/index.html").AbsoluteUri };
        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => services.Connector<HtmlListConnector>().FetchAsync(source, null, Cancellation));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, failure.StatusCode);
    }

    private static DateOnly Day(FetchedPosting item) => DateOnly.FromDateTime(item.PublishedAt.DateTime);
}
