using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>A local stand-in for api.weibo.com: the user timeline page by page, and its error answers.</summary>
public sealed class WeiboConnectorTests
{
    private const string Uid = "5617021234";
    private const string AccessToken = "2.00weibo-access-token-luodian";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static object Status(int index)
    {
        var at = new DateTimeOffset(2019, 11, 5, 9, 30, 0, TimeSpan.FromHours(8)).AddHours(-12 * index);
        return new
        {
            idstr = (4435000000000000L + index).ToString(CultureInfo.InvariantCulture),
            created_at = at.ToString("ddd MMM dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0800 " + at.Year.ToString(CultureInfo.InvariantCulture),
            text = index == 0 ? "【罗甸发布】<a href=\"https://m.weibo.cn/search?q=%23政务公开%23\">#政务公开#</a> 罗甸县召开2019年政务公开工作推进会 &amp; 业务培训" : $"罗甸县政务微博第{index}条",
        };
    }

    private static Task<LocalHttpServer> ApiAsync(Func<HttpContext, Task>? error = null) => LocalHttpServer.StartAsync(context =>
    {
        if (error is not null)
        {
            return error(context);
        }

        const int Total = 150;
        var page = int.Parse(context.Request.Query["page"]!, CultureInfo.InvariantCulture);
        var count = int.Parse(context.Request.Query["count"]!, CultureInfo.InvariantCulture);
        var statuses = Enumerable.Range((page - 1) * count, Math.Max(0, Math.Min(count, Total - ((page - 1) * count)))).Select(Status).ToList();
        return Json(context, new { statuses, total_number = Total });
    });

    private static Task Json(HttpContext context, object body, int status = 200) =>
        LocalHttpServer.WriteAsync(context, JsonSerializer.Serialize(body), "application/json; charset=utf-8", status);

    private static ConnectorSource Source(IServiceProvider services) =>
        new("luodian-weibo", 5, null, ConnectorKind.Weibo, Account: Uid, ProtectedSecret: services.Protect(AccessToken));

    [Fact]
    public async Task TheTimelineIsReadPageByPageWithIdsAndOffsetTimes()
    {
        await using var api = await ApiAsync();
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var fetch = await services.Connector<WeiboConnector>().FetchAsync(Source(services), null, Cancellation);

        Assert.Empty(fetch.Errors);
        Assert.Equal(150, fetch.Parsed);
        Assert.Equal(2, api.Requests.Count);
        Assert.All(api.Requests, r => Assert.StartsWith("/2/statuses/user_timeline.json?", r, StringComparison.Ordinal));
        var first = fetch.Items[0];
        Assert.Equal("4435000000000000", first.ExternalId);
        Assert.Equal("【罗甸发布】 #政务公开# 罗甸县召开2019年政务公开工作推进会 & 业务培训", first.Title);
        Assert.Equal(new DateTimeOffset(2019, 11, 5, 9, 30, 0, TimeSpan.FromHours(8)), first.PublishedAt);
        Assert.Equal($"https://weibo.com/{Uid}/4435000000000000", first.Url);
    }

    [Theory]
    [InlineData(21327, "expired_token", "renew")]
    [InlineData(21332, "invalid_access_token", "renew")]
    [InlineData(10023, "User requests out of rate limit!", "rate limit")]
    public async Task AnErrorCodeIsReportedNotSwallowed(int code, string error, string expected)
    {
        await using var api = await ApiAsync(context =>
            Json(context, new { error, error_code = code, request = "/2/statuses/user_timeline.json" }, code == 10023 ? 403 : 400));
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var fetch = await services.Connector<WeiboConnector>().FetchAsync(Source(services), null, Cancellation);

        var reported = Assert.Single(fetch.Errors);
        Assert.Equal($"weibo:{code}", reported.Code);
        Assert.False(reported.Retryable);
        Assert.Contains(expected, reported.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(AccessToken, reported.Message, StringComparison.Ordinal);
        Assert.Empty(fetch.Items);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task AGatewayFailureWithoutAnErrorCodeThrowsForTheRunnerToRetry()
    {
        await using var api = await ApiAsync(context => LocalHttpServer.WriteAsync(context, "<html>502 Bad Gateway</html>", "text/html", 502));
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => services.Connector<WeiboConnector>().FetchAsync(Source(services), null, Cancellation));
        Assert.Equal(System.Net.HttpStatusCode.BadGateway, failure.StatusCode);
        Assert.DoesNotContain(AccessToken, failure.Message, StringComparison.Ordinal);
    }
}
