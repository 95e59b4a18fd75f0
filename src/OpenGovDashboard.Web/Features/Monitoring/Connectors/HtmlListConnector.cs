using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// A portal's list page (most county portals have no feed), read with AngleSharp through the source's
/// <see cref="HtmlListSelectors"/>: relative links resolved against the page, the page's charset honoured (GBK sites
/// too), further pages followed up to <see cref="ConnectorSource.MaxPages"/>. The link is the dedupe key. An entry
/// without a parsable date is skipped with the reason: "未注明信息发布时间的视为不更新", so it must not count as an update.
/// </summary>
public sealed class HtmlListConnector(IHttpClientFactory http, TimeProvider clock) : IChannelConnector
{
    static HtmlListConnector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ConnectorKind Kind => ConnectorKind.Html;

    public async Task<ConnectorFetch> FetchAsync(ConnectorSource source, DateOnly? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var selectors = source.Selectors ?? throw new InvalidOperationException($"Source {source.Key} has no selectors.");
        var first = new Uri(source.Url ?? throw new InvalidOperationException($"Source {source.Key} has no URL."), UriKind.Absolute);
        var runDate = ShanghaiTime.Today(clock);
        var fetch = new ConnectorFetch();
        var seenPages = new HashSet<string>(StringComparer.Ordinal);
        using var client = http.CreateClient(ConnectorHttp.Web);
        using var context = BrowsingContext.New(Configuration.Default);
        Uri? page = first;
        for (var number = 1; page is not null && number <= Math.Max(1, source.MaxPages) && seenPages.Add(page.AbsoluteUri); number++)
        {
            using var document = await LoadAsync(client, context, page, isFirst: number == 1, cancellationToken);
            if (document is null)
            {
                break;
            }

            var (any, allOlder) = ReadPage(document, page, selectors, since, runDate, fetch);
            if (!any || allOlder)
            {
                break;
            }

            page = NextPage(document, first, page, selectors, number + 1);
        }

        return fetch;
    }

    /// <summary>The page, or null when a further page is not there (a URL pattern runs past the last page).</summary>
    private static async Task<IDocument?> LoadAsync(HttpClient client, IBrowsingContext context, Uri page, bool isFirst, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(page, cancellationToken);
        if (!isFirst && response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "text/html";
        return await context.OpenAsync(r => r.Content(new MemoryStream(bytes), shouldDispose: true).Address(page).Header("Content-Type", contentType), cancellationToken);
    }

    /// <summary>Reads one page's entries into <paramref name="fetch"/>; says whether it had any, and whether all were before <paramref name="since"/>.</summary>
    internal static (bool Any, bool AllOlder) ReadPage(IDocument document, Uri page, HtmlListSelectors selectors, DateOnly? since, DateOnly runDate, ConnectorFetch fetch)
    {
        var entries = document.QuerySelectorAll(selectors.Item);
        var older = 0;
        foreach (var entry in entries)
        {
            var link = entry.Matches(selectors.Link) ? entry : entry.QuerySelector(selectors.Link);
            var titleElement = selectors.Title is null ? link : entry.QuerySelector(selectors.Title);

            // Portals cut long titles in the list ("…") and keep the whole one in the title attribute.
            var title = Clean(titleElement?.GetAttribute("title")) ?? Clean(titleElement?.TextContent);
            var url = FeedConnector.Resolve(page, link?.GetAttribute("href"));
            var dateText = selectors.Date is null ? DateTextOf(entry, titleElement) : entry.QuerySelector(selectors.Date)?.TextContent;
            var label = title ?? url ?? Clean(entry.TextContent) ?? "?";
            if (title is null)
            {
                fetch.Skip(label, SkipReasons.NoTitle);
            }
            else if (!ConnectorDates.TryFindListDate(dateText, runDate, out var publishedAt))
            {
                if (string.IsNullOrWhiteSpace(dateText))
                {
                    fetch.Skip(label, SkipReasons.NoDate);
                }
                else
                {
                    fetch.Skip(label, SkipReasons.BadDate, Clean(dateText));
                }
            }
            else if (since is { } from && DateOnly.FromDateTime(publishedAt.DateTime) < from)
            {
                fetch.Fetched++;
                older++;
            }
            else
            {
                fetch.Add(new FetchedPosting(null, title, url, publishedAt));
            }
        }

        return (entries.Length > 0, entries.Length > 0 && older == entries.Length);
    }

    private static Uri? NextPage(IDocument document, Uri first, Uri current, HtmlListSelectors selectors, int nextNumber)
    {
        if (selectors.NextPage is not null)
        {
            var href = document.QuerySelector(selectors.NextPage)?.GetAttribute("href");
            return FeedConnector.Resolve(current, href) is { } next ? new Uri(next) : null;
        }

        if (selectors.PageUrlPattern is { } pattern)
        {
            var relative = pattern
                .Replace("{page}", nextNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{index}", (nextNumber - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            return FeedConnector.Resolve(first, relative) is { } next ? new Uri(next) : null;
        }

        return null;
    }

    /// <summary>The entry's text without its title, so that a number in a title is never read as the date.</summary>
    private static string DateTextOf(IElement entry, IElement? title)
    {
        var text = entry.TextContent;
        var titleText = title?.TextContent;
        return string.IsNullOrEmpty(titleText) ? text : text.Replace(titleText, " ", StringComparison.Ordinal);
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
