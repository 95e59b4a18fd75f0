using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// A WeChat official account (公众号) through <c>freepublish/batchget</c> (docs/domain.md §6): every <c>news_item</c> of a
/// publication is a posting (<c>article_id#n</c> its external id), deleted ones are skipped, times are Unix seconds.
/// 42001/40001 refresh the token once; -1 (busy) waits and retries on the <see cref="MonitoringOptions.RetryDelay"/>
/// ladder; 45009 (quota) and anything else stop the run and are reported. Neither secret nor token reaches a log or a report.
/// </summary>
public sealed class WeChatConnector(
    IHttpClientFactory http, WeChatTokenCache tokens, ConnectorSecrets secrets, IOptions<MonitoringOptions> options, TimeProvider clock) : IChannelConnector
{
    private const int PageSize = 20;

    public ConnectorKind Kind => ConnectorKind.WeChat;

    public async Task<ConnectorFetch> FetchAsync(ConnectorSource source, DateOnly? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var appId = source.Account ?? throw new InvalidOperationException($"Source {source.Key} has no WeChat appid.");
        var baseUri = ConnectorHttp.BaseUri(string.IsNullOrWhiteSpace(source.Url) ? options.Value.WeChatBaseUrl : source.Url);
        var cacheKey = baseUri.AbsoluteUri + "|" + appId;
        using var client = http.CreateClient(ConnectorHttp.WeChat);
        var fetch = new ConnectorFetch();
        var offset = 0;
        var pages = 0;
        var refreshed = false;
        var busy = 0;
        while (pages < Math.Max(1, source.MaxPages))
        {
            if (!tokens.TryGet(cacheKey, out var token))
            {
                var (fresh, error) = await RequestTokenAsync(client, baseUri, appId, secrets.Unprotect(source), cancellationToken);
                if (error is not null)
                {
                    fetch.Errors.Add(error);
                    break;
                }

                tokens.Set(cacheKey, fresh!.Value.Token, fresh.Value.ExpiresIn);
                token = fresh.Value.Token;
            }

            var uri = new Uri(baseUri, "cgi-bin/freepublish/batchget?access_token=" + Uri.EscapeDataString(token));
            using var response = await client.PostAsJsonAsync(uri, new { offset, count = PageSize, no_content = 1 }, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var page = json.RootElement;
            var code = ErrorCode(page);
            if (code is 42001 or 40001 && !refreshed)
            {
                // The token expired or was replaced (another client asked for one): one fresh token, then the same page again.
                tokens.Invalidate(cacheKey);
                refreshed = true;
                continue;
            }

            if (code == -1 && busy < options.Value.MaxAttempts - 1)
            {
                await Task.Delay(options.Value.RetryDelay * Math.Pow(2, busy), clock, cancellationToken);
                busy++;
                continue;
            }

            if (code != 0)
            {
                fetch.Errors.Add(Describe(code, page));
                break;
            }

            var (count, allOlder) = ReadPage(page, since, fetch);
            pages++;
            offset += count;
            var total = page.TryGetProperty("total_count", out var t) && t.TryGetInt32(out var n) ? n : 0;
            if (count == 0 || offset >= total || allOlder)
            {
                break;
            }
        }

        return fetch;
    }

    private static async Task<((string Token, int ExpiresIn)? Token, ConnectorError? Error)> RequestTokenAsync(
        HttpClient client, Uri baseUri, string appId, string secret, CancellationToken cancellationToken)
    {
        var uri = new Uri(baseUri, "cgi-bin/token?grant_type=client_credential&appid=" + Uri.EscapeDataString(appId) + "&secret=" + Uri.EscapeDataString(secret));
        using var response = await client.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = json.RootElement;
        if (ErrorCode(root) is var code and not 0)
        {
            var described = Describe(code, root);
            // The platform's errmsg is shown to admins and stored: never with the secret in it, should a server echo it back.
            return (null, described with { Message = "Token request refused: " + described.Message.Replace(secret, "***", StringComparison.Ordinal) });
        }

        return root.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value
            ? ((value, root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 7200), null)
            : (null, new ConnectorError("wechat:token", "The token answer holds no access_token."));
    }

    /// <summary>Adds a page's articles; returns how many publications it held and whether all were before <paramref name="since"/>.</summary>
    internal static (int Count, bool AllOlder) ReadPage(JsonElement page, DateOnly? since, ConnectorFetch fetch)
    {
        if (!page.TryGetProperty("item", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return (0, false);
        }

        var count = 0;
        var older = 0;
        foreach (var publication in items.EnumerateArray())
        {
            count++;
            var articleId = publication.TryGetProperty("article_id", out var a) ? a.GetString() : null;
            var content = publication.TryGetProperty("content", out var c) ? c : default;
            var seconds = Seconds(content, "create_time") ?? Seconds(publication, "update_time") ?? Seconds(content, "update_time");
            var publishedAt = seconds is { } s ? ConnectorDates.FromUnixSeconds(s) : (DateTimeOffset?)null;
            var isOlder = publishedAt is { } p && since is { } from && ShanghaiTime.ToShanghaiDate(p.UtcDateTime) < from;
            older += isOlder ? 1 : 0;
            if (content.ValueKind != JsonValueKind.Object || !content.TryGetProperty("news_item", out var news) || news.ValueKind != JsonValueKind.Array)
            {
                fetch.Skip(articleId ?? "?", SkipReasons.NoContent);
                continue;
            }

            var index = 0;
            foreach (var article in news.EnumerateArray())
            {
                index++;
                var title = article.TryGetProperty("title", out var ti) ? ti.GetString()?.Trim() : null;
                var url = article.TryGetProperty("url", out var u) ? u.GetString() : null;
                var label = title ?? url ?? $"{articleId}#{index}";
                if (article.TryGetProperty("is_deleted", out var deleted) && deleted.ValueKind == JsonValueKind.True)
                {
                    fetch.Skip(label, SkipReasons.Deleted);
                }
                else if (string.IsNullOrEmpty(title))
                {
                    fetch.Skip(label, SkipReasons.NoTitle);
                }
                else if (publishedAt is null)
                {
                    fetch.Skip(label, SkipReasons.NoDate);
                }
                else if (isOlder)
                {
                    fetch.Fetched++;
                }
                else
                {
                    var externalId = articleId is null ? null : string.Create(CultureInfo.InvariantCulture, $"{articleId}#{index}");
                    fetch.Add(new FetchedPosting(externalId, title, string.IsNullOrWhiteSpace(url) ? null : url, publishedAt.Value));
                }
            }
        }

        return (count, count > 0 && older == count);
    }

    private static int ErrorCode(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errcode", out var code) && code.TryGetInt32(out var value) ? value : 0;

    private static ConnectorError Describe(int code, JsonElement root)
    {
        var message = root.TryGetProperty("errmsg", out var m) ? m.GetString() ?? "" : "";
        var what = code switch
        {
            45009 => "Daily API quota reached; the next run tries again",
            42001 or 40001 => "Access token rejected even after a refresh",
            -1 => "WeChat is busy (still after retries)",
            40013 or 40125 or 40164 => "The appid, app secret or caller IP is not accepted; an admin must check the account settings",
            _ => "WeChat refused the request",
        };
        return new ConnectorError(string.Create(CultureInfo.InvariantCulture, $"wechat:{code}"), $"{what} ({message})");
    }

    private static long? Seconds(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt64(out var seconds) && seconds > 0 ? seconds : null;
}
