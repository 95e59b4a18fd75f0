using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>A local stand-in for api.weixin.qq.com serving the payloads of docs/domain.md §6, error codes included.</summary>
public sealed class WeChatConnectorTests
{
    private const string AppId = "wx5d2e0f6b1a9c3d47";
    private const string AppSecret = "s3cr3t-0f-the-luodian-account";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The account's 23 publications, newest first; the first holds two articles and a deleted one.</summary>
    private static object Publication(int index)
    {
        var time = 1573000000L - (index * 86400L);
        object[] news = index == 0
            ?
            [
                new { title = "罗甸县召开2019年政务公开工作推进会", author = "罗甸发布", digest = "", url = "https://mp.weixin.qq.com/s/a0-1", is_deleted = false },
                new { title = "【图解】罗甸县2019年政府信息公开工作年度报告", author = "罗甸发布", digest = "", url = "https://mp.weixin.qq.com/s/a0-2", is_deleted = false },
                new { title = "已删除的文章", author = "", digest = "", url = "https://mp.weixin.qq.com/s/a0-3", is_deleted = true },
            ]
            : [new { title = $"罗甸要闻 第{index}期", author = "罗甸发布", digest = "", url = $"https://mp.weixin.qq.com/s/a{index}", is_deleted = false }];
        return new { article_id = $"art-{index}", content = new { news_item = news, create_time = time, update_time = time + 60 }, update_time = time + 60 };
    }

    private sealed class Account
    {
        public int TokensIssued;
        public Func<string, int, int?> BatchError { get; init; } = (_, _) => null;
        public List<int> Counts { get; } = [];
    }

    private static Task<LocalHttpServer> ApiAsync(Account account) => LocalHttpServer.StartAsync(async context =>
    {
        var request = context.Request;
        if (request.Path == "/cgi-bin/token")
        {
            if (request.Query["appid"] != AppId || request.Query["secret"] != AppSecret)
            {
                await Json(context, new { errcode = 40013, errmsg = "invalid appid" });
                return;
            }

            var issued = Interlocked.Increment(ref account.TokensIssued);
            await Json(context, new { access_token = $"TOKEN-{issued}", expires_in = 7200 });
            return;
        }

        var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        var (offset, count) = (body.GetProperty("offset").GetInt32(), body.GetProperty("count").GetInt32());
        account.Counts.Add(count);
        if (account.BatchError(request.Query["access_token"].ToString(), offset) is { } code)
        {
            await Json(context, new { errcode = code, errmsg = code == 45009 ? "reach max api daily quota limit" : "error" });
            return;
        }

        const int Total = 23;
        var items = Enumerable.Range(offset, Math.Max(0, Math.Min(count, Total - offset))).Select(Publication).ToList();
        await Json(context, new { total_count = Total, item_count = items.Count, item = items });
    });

    private static Task Json(HttpContext context, object body) =>
        LocalHttpServer.WriteAsync(context, JsonSerializer.Serialize(body), "application/json; charset=utf-8");

    private static ConnectorSource Source(IServiceProvider services) =>
        new("luodian-wechat", 4, null, ConnectorKind.WeChat, Account: AppId, ProtectedSecret: services.Protect(AppSecret), MaxPages: 10);

    [Fact]
    public async Task AnExpiredTokenIsRefreshedOnceAndEveryArticleOfEveryPageIsRead()
    {
        // The first token is already expired as far as WeChat is concerned.
        var account = new Account { BatchError = (token, _) => token == "TOKEN-1" ? 42001 : null };
        await using var api = await ApiAsync(account);
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var fetch = await services.Connector<WeChatConnector>().FetchAsync(Source(services), null, Cancellation);

        Assert.Empty(fetch.Errors);
        Assert.Equal(2, account.TokensIssued);
        Assert.All(account.Counts, c => Assert.InRange(c, 1, 20));
        Assert.Equal(25, fetch.Fetched);
        Assert.Equal(24, fetch.Parsed);
        Assert.Equal(new SkippedItem("已删除的文章", SkipReasons.Deleted), fetch.Skipped.Single());
        Assert.Equal(["art-0#1", "art-0#2", "art-1#1"], fetch.Items.Take(3).Select(i => i.ExternalId));
        Assert.Equal(new DateTimeOffset(2019, 11, 6, 8, 26, 40, TimeSpan.FromHours(8)), fetch.Items[0].PublishedAt);
        Assert.Equal(TimeSpan.FromHours(8), fetch.Items[0].PublishedAt.Offset);

        // The fresh token is cached: a second run asks for none.
        await services.Connector<WeChatConnector>().FetchAsync(Source(services), null, Cancellation);
        Assert.Equal(2, account.TokensIssued);
    }

    [Fact]
    public async Task ATokenRejectedAgainAfterTheRefreshIsReportedNotRetriedForever()
    {
        var account = new Account { BatchError = (_, _) => 40001 };
        await using var api = await ApiAsync(account);
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var fetch = await services.Connector<WeChatConnector>().FetchAsync(Source(services), null, Cancellation);

        Assert.Equal("wechat:40001", Assert.Single(fetch.Errors).Code);
        Assert.Equal(2, account.TokensIssued);
    }

    [Fact]
    public async Task TheDailyQuotaStopsTheRunAndIsReportedWithWhatWasReadBefore()
    {
        var account = new Account { BatchError = (_, offset) => offset >= 20 ? 45009 : null };
        await using var api = await ApiAsync(account);
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var fetch = await services.Connector<WeChatConnector>().FetchAsync(Source(services), null, Cancellation);

        var error = Assert.Single(fetch.Errors);
        Assert.Equal("wechat:45009", error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("quota", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(21, fetch.Parsed);
        Assert.DoesNotContain(AppSecret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TOKEN-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABusyAnswerIsRetriedWithBackoffAndThenSucceeds()
    {
        var busy = 0;
        var account = new Account { BatchError = (_, offset) => offset == 0 && Interlocked.Increment(ref busy) <= 2 ? -1 : null };
        await using var api = await ApiAsync(account);
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var fetch = await services.Connector<WeChatConnector>().FetchAsync(Source(services), null, Cancellation);

        Assert.Empty(fetch.Errors);
        Assert.Equal(24, fetch.Parsed);
        Assert.Equal(3, busy);
    }

    [Fact]
    public async Task AWrongSecretIsReportedWithoutTheSecret()
    {
        await using var api = await ApiAsync(new Account());
        using var services = ConnectorTestServices.Build(api.BaseUri);
        var source = Source(services) with { ProtectedSecret = services.Protect("wrong-secret-value") };
        var fetch = await services.Connector<WeChatConnector>().FetchAsync(source, null, Cancellation);

        var error = Assert.Single(fetch.Errors);
        Assert.Equal("wechat:40013", error.Code);
        Assert.DoesNotContain("wrong-secret-value", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", source.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicationsBeforeSinceEndPaging()
    {
        var account = new Account();
        await using var api = await ApiAsync(account);
        using var services = ConnectorTestServices.Build(api.BaseUri);

        // 1573000000 is 2019-11-06 08:26:40 in Shanghai; one day back per publication.
        var fetch = await services.Connector<WeChatConnector>().FetchAsync(Source(services), new DateOnly(2019, 11, 4), Cancellation);

        Assert.Equal(4, fetch.Parsed);
        Assert.Equal(2, account.Counts.Count);
    }
}
