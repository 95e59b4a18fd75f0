using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Features.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Jobs;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// Connectors end to end on the app's own DI and a real database: local servers stand in for the portal and WeChat, the
/// runner ingests through PostingIngestion into the right channel and column, a second run adds nothing, a broken
/// source never stops a good one, and the nightly job keeps one alert per failing source. Dates are in 2018 so that the
/// demo's 2019 figures stay as they are.
/// </summary>
public sealed class ConnectorRunnerTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string AppSecret = "luodian-city-wechat-secret";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string ListPage(string prefix) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>罗甸要闻</title></head><body>
        <ul class="list">
          <li><a href="./201811/t20181106_1.html" title="{{prefix}}罗甸县召开2018年政务公开工作推进会">{{prefix}}罗甸县召开2018年政务…</a><span>2018-11-06</span></li>
          <li><a href="/xwzx/ldyw/201811/t20181105_2.html">{{prefix}}县政府常务会议研究部署冬春农业生产</a><span>2018年11月5日</span></li>
          <li><a href="201810/t20181030_3.html">{{prefix}}罗甸县开展安全生产大检查</a><span>2018/10/30</span></li>
          <li><a href="201810/t20181029_4.html">{{prefix}}罗甸县第三季度政府网站自查情况</a><span></span></li>
        </ul></body></html>
        """;

    private static string Feed(string prefix) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>罗甸县人民政府</title>
          <item><title>{prefix}关于做好2019年元旦春节期间有关工作的通知</title><link>/zwgk/tzgg/201812/t20181228_1.html</link><pubDate>Fri, 28 Dec 2018 10:00:00 +0800</pubDate></item>
          <item><title>{prefix}尚未到来的通知</title><link>/zwgk/tzgg/202001/t20200105_2.html</link><pubDate>Sun, 05 Jan 2020 10:00:00 +0800</pubDate></item>
        </channel></rss>
        """;

    private static object WeChatPage(string prefix)
    {
        var time = new DateTimeOffset(2018, 11, 2, 19, 30, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        return new
        {
            total_count = 2,
            item_count = 2,
            item = new object[]
            {
                new
                {
                    article_id = prefix + "art-1",
                    content = new
                    {
                        news_item = new object[]
                        {
                            new { title = prefix + "山水湖城·玉都罗甸：千岛湖秋色", url = "https://mp.weixin.qq.com/s/" + prefix + "1-1", is_deleted = false },
                            new { title = prefix + "罗甸县脐橙开园采摘", url = "https://mp.weixin.qq.com/s/" + prefix + "1-2", is_deleted = false },
                        },
                        create_time = time,
                    },
                    update_time = time,
                },
                new
                {
                    article_id = prefix + "art-2",
                    content = new { news_item = new object[] { new { title = prefix + "已删除", url = "https://mp.weixin.qq.com/s/x", is_deleted = true } }, create_time = time - 86400 },
                    update_time = time - 86400,
                },
            },
        };
    }

    private static Task<LocalHttpServer> ServersAsync(string prefix, Func<bool>? broken = null) => LocalHttpServer.StartAsync(context =>
    {
        var path = context.Request.Path.Value;
        if (broken?.Invoke() == true || path == "/broken/index.html")
        {
            return LocalHttpServer.WriteAsync(context, "Service Unavailable", "text/plain", 503);
        }

        return path switch
        {
            "/xwzx/ldyw/index.html" => LocalHttpServer.WriteAsync(context, ListPage(prefix), "text/html; charset=utf-8"),
            "/rss.xml" => LocalHttpServer.WriteAsync(context, Feed(prefix), "application/rss+xml"),
            "/cgi-bin/token" => Json(context, context.Request.Query["secret"] == AppSecret
                ? new { access_token = "TOKEN", expires_in = 7200 }
                : new { errcode = 40125, errmsg = "invalid appsecret" }),
            "/cgi-bin/freepublish/batchget" => Json(context, WeChatPage(prefix)),
            _ => LocalHttpServer.WriteAsync(context, "not found", "text/plain", 404),
        };
    });

    private static Task Json(HttpContext context, object body) =>
        LocalHttpServer.WriteAsync(context, JsonSerializer.Serialize(body), "application/json; charset=utf-8");

    /// <summary>
    /// The app with monitoring added (Program.cs does not call AddMonitoring yet) and no wait between retries. The fixture's
    /// host already scheduled and caught up the recurring jobs on this database; a second scheduler would only race it.
    /// </summary>
    private WebApplicationFactory<Program> App(Uri apiBase, IDictionary<string, string?>? settings = null) =>
        fixture.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Monitoring:RetryDelay", "00:00:00");
            b.UseSetting("Monitoring:WeChatBaseUrl", apiBase.AbsoluteUri);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                b.UseSetting(key, value);
            }

            b.ConfigureServices(s =>
            {
                s.AddMonitoringServices();
                s.Remove(s.Single(d => d.ImplementationType == typeof(RecurringJobScheduler)));
            });
        });

    private async Task<(int Portal, int News, int Notices, int CityWeChat, int? CityWeChatOwner)> IdsAsync()
    {
        await using var db = fixture.CreateDbContext();
        var portal = await db.Channels.SingleAsync(c => c.Name == LuodianDemoData.Portal, Cancellation);
        var columns = await db.Columns.Where(c => c.ChannelId == portal.Id).OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync(Cancellation);
        var city = await db.Channels.SingleAsync(c => c.Name == LuodianDemoData.CityWeChat, Cancellation);
        return (portal.Id, columns[0], columns[1], city.Id, city.OwnerOrgUnitId);
    }

    [Fact]
    public async Task AListPageAndAWeChatAccountLandInTheirChannelAndColumnAndASecondRunAddsNone()
    {
        const string Prefix = "连接器A·";
        await using var servers = await ServersAsync(Prefix);
        await using var app = App(servers.BaseUri);
        var ids = await IdsAsync();
        var secrets = app.Services.GetRequiredService<ConnectorSecrets>();
        ConnectorSource[] sources =
        [
            new("portal-ldyw", ids.Portal, ids.News, ConnectorKind.Html, servers.At("xwzx/ldyw/index.html").AbsoluteUri,
                Selectors: new HtmlListSelectors("ul.list > li", Date: "span")),
            new("city-wechat", ids.CityWeChat, null, ConnectorKind.WeChat, Account: "wx0123456789abcdef", ProtectedSecret: secrets.Protect(AppSecret)),
        ];

        using var scope = app.Services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<ConnectorRunner>();
        var first = await runner.RunAsync(sources, null, Cancellation);

        Assert.All(first, r => Assert.Null(r.Error));
        Assert.Equal((4, 3, 3, 0), (first[0].Fetched, first[0].Parsed, first[0].Added, first[0].Duplicates));
        Assert.Equal(SkipReasons.NoDate, Assert.Single(first[0].Skipped).Reason);
        Assert.Equal((3, 2, 2), (first[1].Fetched, first[1].Parsed, first[1].Added));
        Assert.Equal(SkipReasons.Deleted, Assert.Single(first[1].Skipped).Reason);

        await using (var db = fixture.CreateDbContext())
        {
            var portal = await db.Postings.Where(p => p.Title.StartsWith(Prefix) && p.ChannelId == ids.Portal).OrderByDescending(p => p.PublishedOn).ToListAsync(Cancellation);
            Assert.Equal(3, portal.Count);
            Assert.All(portal, p => Assert.Equal(ids.News, p.ColumnId));
            Assert.Equal(
                [new DateOnly(2018, 11, 6), new DateOnly(2018, 11, 5), new DateOnly(2018, 10, 30)],
                portal.Select(p => p.PublishedOn));
            Assert.Equal(Prefix + "罗甸县召开2018年政务公开工作推进会", portal[0].Title);
            Assert.Equal(servers.At("xwzx/ldyw/201811/t20181106_1.html").AbsoluteUri, portal[0].Url);

            var weChat = await db.Postings.Where(p => p.Title.StartsWith(Prefix) && p.ChannelId == ids.CityWeChat).OrderBy(p => p.ExternalId).ToListAsync(Cancellation);
            Assert.Equal([Prefix + "art-1#1", Prefix + "art-1#2"], weChat.Select(p => p.ExternalId));
            Assert.All(weChat, p => Assert.Equal((new DateOnly(2018, 11, 2), new DateTime(2018, 11, 2, 11, 30, 0), ids.CityWeChatOwner), (p.PublishedOn, p.PublishedAtUtc, p.OrgUnitId)));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == ConnectorRunner.Actor && a.Summary!.Contains("source=connector:portal-ldyw"), Cancellation));
        }

        var second = await runner.RunAsync(sources, null, Cancellation);
        Assert.Equal([(0, 3), (0, 2)], second.Select(r => (r.Added, r.Duplicates)));
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(5, await db.Postings.CountAsync(p => p.Title.StartsWith(Prefix), Cancellation));
        }
    }

    [Fact]
    public async Task ABrokenSourceIsRetriedABoundedNumberOfTimesAndDoesNotStopTheNextOne()
    {
        const string Prefix = "连接器B·";
        await using var servers = await ServersAsync(Prefix);
        await using var app = App(servers.BaseUri);
        var ids = await IdsAsync();
        ConnectorSource[] sources =
        [
            new("portal-broken", ids.Portal, ids.News, ConnectorKind.Html, servers.At("broken/index.html").AbsoluteUri, Selectors: new HtmlListSelectors("li")),
            new("city-wechat-wrong-secret", ids.CityWeChat, null, ConnectorKind.WeChat, Account: "wx0123456789abcdef",
                ProtectedSecret: app.Services.GetRequiredService<ConnectorSecrets>().Protect("not-the-secret")),
            new("portal-rss", ids.Portal, ids.Notices, ConnectorKind.Rss, servers.At("rss.xml").AbsoluteUri),
        ];

        using var scope = app.Services.CreateScope();
        var results = await scope.ServiceProvider.GetRequiredService<ConnectorRunner>().RunAsync(sources, null, Cancellation);

        Assert.Equal(("http:503", 3), (results[0].Error?.Code, results[0].Attempts));
        Assert.Equal(3, servers.Requests.Count(r => r == "/broken/index.html"));
        Assert.Equal(("wechat:40125", 1), (results[1].Error?.Code, results[1].Attempts));
        Assert.DoesNotContain("not-the-secret", results[1].Error!.Message, StringComparison.Ordinal);

        // The feed's item dated after "today" (the demo's 2019-12-31) is refused by the ingest rules: skipped with the reason, the other lands.
        Assert.Null(results[2].Error);
        Assert.Equal((2, 1, 0), (results[2].Parsed, results[2].Added, results[2].Duplicates));
        var rejected = Assert.Single(results[2].Skipped);
        Assert.Equal(Prefix + "尚未到来的通知", rejected.Item);
        Assert.Equal(SkipReasons.Rejected, rejected.Reason);
        Assert.StartsWith("publishedAt: ", rejected.Detail, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var landed = await db.Postings.SingleAsync(p => p.Title.StartsWith(Prefix), Cancellation);
        Assert.Equal((ids.Portal, (int?)ids.Notices, new DateOnly(2018, 12, 28)), (landed.ChannelId, landed.ColumnId, landed.PublishedOn));
    }

    [Fact]
    public async Task TheSyncJobRaisesAnAlertForAFailingConfiguredSourceAndResolvesItOnceItWorks()
    {
        const string Prefix = "连接器C·";
        var failing = true;
        await using var servers = await ServersAsync(Prefix, () => failing);
        var ids = await IdsAsync();
        await using var app = App(servers.BaseUri, new Dictionary<string, string?>
        {
            ["Monitoring:Sources:0:Key"] = "portal-lists",
            ["Monitoring:Sources:0:ChannelId"] = ids.Portal.ToString(CultureInfo.InvariantCulture),
            ["Monitoring:Sources:0:ColumnId"] = ids.News.ToString(CultureInfo.InvariantCulture),
            ["Monitoring:Sources:0:Kind"] = "Html",
            ["Monitoring:Sources:0:Url"] = servers.At("xwzx/ldyw/index.html").AbsoluteUri,
            ["Monitoring:Sources:0:ItemSelector"] = "ul.list > li",
            ["Monitoring:Sources:0:DateSelector"] = "span",
        });
        var key = ChannelSyncJob.Key(ids.Portal, "portal-lists");

        using (var scope = app.Services.CreateScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<ChannelSyncJob>().RunAsync(Cancellation);
            Assert.Contains("1 failed (portal-lists http:503)", summary, StringComparison.Ordinal);
        }

        await using (var db = fixture.CreateDbContext())
        {
            var alert = await db.Alerts.SingleAsync(a => a.Key == key, Cancellation);
            Assert.Null(alert.ResolvedAtUtc);
            Assert.Equal(await db.Channels.Where(c => c.Id == ids.Portal).Select(c => c.OwnerOrgUnitId).SingleAsync(Cancellation), alert.OrgUnitId);
        }

        failing = false;
        using (var scope = app.Services.CreateScope())
        {
            var results = await scope.ServiceProvider.GetRequiredService<ChannelSyncJob>().RunChannelAsync(ids.Portal, Cancellation);
            Assert.Equal(3, Assert.Single(results).Added);
        }

        await using (var db = fixture.CreateDbContext())
        {
            Assert.NotNull((await db.Alerts.SingleAsync(a => a.Key == key, Cancellation)).ResolvedAtUtc);
            Assert.Equal(3, await db.Postings.CountAsync(p => p.Title.StartsWith(Prefix) && p.ColumnId == ids.News, Cancellation));
        }
    }

    [Fact]
    public async Task TheSyncEndpointRunsOneChannelsSourcesForAnAdminAndAnswersWithTheCounts()
    {
        const string Prefix = "连接器D·";
        await using var servers = await ServersAsync(Prefix);
        var ids = await IdsAsync();
        await using var app = App(servers.BaseUri, new Dictionary<string, string?>
        {
            ["Monitoring:Sources:0:Key"] = "portal-rss",
            ["Monitoring:Sources:0:ChannelId"] = ids.Portal.ToString(CultureInfo.InvariantCulture),
            ["Monitoring:Sources:0:ColumnId"] = ids.Notices.ToString(CultureInfo.InvariantCulture),
            ["Monitoring:Sources:0:Kind"] = "Rss",
            ["Monitoring:Sources:0:Url"] = servers.At("rss.xml").AbsoluteUri,
        });
        using var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var sync = new Uri($"/api/v1/channels/{ids.Portal}/sync", UriKind.Relative);
        using var first = await admin.PostAsync(sync, null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal((1, 0, 0), (body.GetProperty("added").GetInt32(), body.GetProperty("duplicates").GetInt32(), body.GetProperty("failed").GetInt32()));
        using var second = await admin.PostAsync(sync, null, Cancellation);
        Assert.Equal(1, (await second.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("duplicates").GetInt32());

        using var none = await admin.PostAsync(new Uri($"/api/v1/channels/{ids.CityWeChat}/sync", UriKind.Relative), null, Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);

        using var reader = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        using var forbidden = await reader.PostAsync(sync, null, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
