using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// A Sina Weibo account through <c>statuses/user_timeline.json</c> (docs/domain.md §6), page by page: <c>idstr</c> is
/// the external id, the text (tags stripped, shortened) the title. A token cannot be refreshed silently: 21327 (expired)
/// and 21332 (invalid) are reported for an admin to renew, 10023 (rate limit) waits for the next run.
/// </summary>
public sealed partial class WeiboConnector(IHttpClientFactory http, ConnectorSecrets secrets, IOptions<MonitoringOptions> options) : IChannelConnector
{
    private const int PageSize = 100;

    private const int TitleLength = 120;

    public ConnectorKind Kind => ConnectorKind.Weibo;

    public async Task<ConnectorFetch> FetchAsync(ConnectorSource source, DateOnly? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var uid = source.Account ?? throw new InvalidOperationException($"Source {source.Key} has no Weibo uid.");
        var baseUri = ConnectorHttp.BaseUri(string.IsNullOrWhiteSpace(source.Url) ? options.Value.WeiboBaseUrl : source.Url);
        var token = secrets.Unprotect(source);
        using var client = http.CreateClient(ConnectorHttp.Weibo);
        var fetch = new ConnectorFetch();
        for (var page = 1; page <= Math.Max(1, source.MaxPages); page++)
        {
            var uri = new Uri(baseUri, string.Create(CultureInfo.InvariantCulture,
                $"2/statuses/user_timeline.json?access_token={Uri.EscapeDataString(token)}&uid={Uri.EscapeDataString(uid)}&count={PageSize}&page={page}"));
            using var response = await client.GetAsync(uri, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = TryParse(body);
            var root = json?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } error && error.TryGetProperty("error_code", out var code) && code.TryGetInt32(out var errorCode))
            {
                fetch.Errors.Add(Describe(errorCode, error));
                break;
            }

            if (!response.IsSuccessStatusCode || root is not { ValueKind: JsonValueKind.Object } answer)
            {
                // No Weibo error body: a gateway or server failure, worth a retry.
                throw new HttpRequestException($"Weibo answered {(int)response.StatusCode} without an error code.", null, response.IsSuccessStatusCode ? HttpStatusCode.BadGateway : response.StatusCode);
            }

            var (count, allOlder) = ReadPage(answer, uid, since, fetch);
            var total = answer.TryGetProperty("total_number", out var t) && t.TryGetInt32(out var n) ? n : 0;
            if (count == 0 || page * PageSize >= total || allOlder)
            {
                break;
            }
        }

        return fetch;
    }

    internal static (int Count, bool AllOlder) ReadPage(JsonElement page, string uid, DateOnly? since, ConnectorFetch fetch)
    {
        if (!page.TryGetProperty("statuses", out var statuses) || statuses.ValueKind != JsonValueKind.Array)
        {
            return (0, false);
        }

        var count = 0;
        var older = 0;
        foreach (var status in statuses.EnumerateArray())
        {
            count++;
            var id = status.TryGetProperty("idstr", out var i) ? i.GetString() : status.TryGetProperty("id", out var n) ? n.GetRawText() : null;
            var created = status.TryGetProperty("created_at", out var c) ? c.GetString() : null;
            var title = Title(status.TryGetProperty("text", out var text) ? text.GetString() : null);
            var label = title ?? id ?? "?";
            if (id is null)
            {
                fetch.Skip(label, SkipReasons.NoId);
            }
            else if (title is null)
            {
                fetch.Skip(label, SkipReasons.NoTitle);
            }
            else if (!ConnectorDates.TryParseWeibo(created, out var publishedAt))
            {
                if (created is null)
                {
                    fetch.Skip(label, SkipReasons.NoDate);
                }
                else
                {
                    fetch.Skip(label, SkipReasons.BadDate, created);
                }
            }
            else if (since is { } from && ShanghaiTime.ToShanghaiDate(publishedAt.UtcDateTime) < from)
            {
                fetch.Fetched++;
                older++;
            }
            else
            {
                fetch.Add(new FetchedPosting(id, title, $"https://weibo.com/{uid}/{id}", publishedAt));
            }
        }

        return (count, count > 0 && older == count);
    }

    private static ConnectorError Describe(int code, JsonElement error)
    {
        var message = error.TryGetProperty("error", out var e) ? e.GetString() ?? "" : "";
        var what = code switch
        {
            21327 => "The access token has expired; an admin must renew it",
            21332 => "The access token is invalid; an admin must renew it",
            10023 => "User rate limit reached; the next run tries again",
            _ => "Weibo refused the request",
        };
        return new ConnectorError(string.Create(CultureInfo.InvariantCulture, $"weibo:{code}"), $"{what} ({message})");
    }

    private static JsonDocument? TryParse(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Title(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(text, " ")), " ").Trim();
        return plain.Length == 0 ? null : plain.Length <= TitleLength ? plain : plain[..TitleLength] + "…";
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
