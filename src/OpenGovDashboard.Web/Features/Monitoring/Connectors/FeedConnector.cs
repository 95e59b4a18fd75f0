using System.Xml;
using System.Xml.Linq;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// RSS 2.0 and Atom feeds: <c>guid</c> / <c>id</c> is the external id, then the link; <c>pubDate</c>, <c>published</c>
/// or <c>updated</c> the time. Relative links are resolved against the feed's URL. An item without a title or a
/// readable time is skipped with the reason.
/// </summary>
public sealed class FeedConnector(IHttpClientFactory http, TimeProvider clock) : IChannelConnector
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public ConnectorKind Kind => ConnectorKind.Rss;

    public async Task<ConnectorFetch> FetchAsync(ConnectorSource source, DateOnly? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var feedUri = new Uri(source.Url ?? throw new InvalidOperationException($"Source {source.Key} has no URL."), UriKind.Absolute);
        using var client = http.CreateClient(ConnectorHttp.Web);
        using var response = await client.GetAsync(feedUri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        // RSS 0.91 feeds still carry a DOCTYPE: ignored, never resolved.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, Async = true };
        using var reader = XmlReader.Create(stream, settings);
        var document = await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken);
        return Read(document, feedUri, since, ShanghaiTime.Today(clock));
    }

    internal static ConnectorFetch Read(XDocument document, Uri feedUri, DateOnly? since, DateOnly runDate)
    {
        var fetch = new ConnectorFetch();
        var root = document.Root;
        if (root is null)
        {
            fetch.Errors.Add(new ConnectorError("feed:empty", "The feed has no root element."));
            return fetch;
        }

        var isAtom = root.Name == Atom + "feed";
        if (!isAtom && root.Name.LocalName != "rss")
        {
            fetch.Errors.Add(new ConnectorError("feed:format", $"Not an RSS or Atom feed (root element <{root.Name.LocalName}>)."));
            return fetch;
        }

        var entries = isAtom ? root.Elements(Atom + "entry") : root.Descendants().Where(e => e.Name.LocalName == "item");
        foreach (var entry in entries)
        {
            var title = Text(entry, isAtom ? Atom + "title" : "title");
            var link = isAtom ? AtomLink(entry) : Text(entry, "link");
            var id = isAtom ? Text(entry, Atom + "id") : Text(entry, "guid");
            var when = isAtom
                ? Text(entry, Atom + "published") ?? Text(entry, Atom + "updated")
                : Text(entry, "pubDate") ?? entry.Elements().FirstOrDefault(e => e.Name.LocalName == "date")?.Value;
            var url = Resolve(feedUri, link);
            var label = title ?? id ?? url ?? "?";
            if (title is null)
            {
                fetch.Skip(label, SkipReasons.NoTitle);
            }
            else if (!ConnectorDates.TryParseFeedDate(when, runDate, out var publishedAt))
            {
                if (when is null)
                {
                    fetch.Skip(label, SkipReasons.NoDate);
                }
                else
                {
                    fetch.Skip(label, SkipReasons.BadDate, when);
                }
            }
            else if (since is { } from && ShanghaiTime.ToShanghaiDate(publishedAt.UtcDateTime) < from)
            {
                fetch.Fetched++;
            }
            else
            {
                fetch.Add(new FetchedPosting(id ?? url, title, url, publishedAt));
            }
        }

        return fetch;
    }

    internal static string? Resolve(Uri baseUri, string? link) =>
        string.IsNullOrWhiteSpace(link) ? null
        : Uri.TryCreate(baseUri, link.Trim(), out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri
        : null;

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return (string?)alternate?.Attribute("href");
    }

    private static string? Text(XElement entry, XName name) =>
        entry.Element(name)?.Value.Trim() is { Length: > 0 } text ? text : null;
}
