namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>One item read from a source, before ingest: its id at the source (when it has one), title, link and time.</summary>
public sealed record FetchedPosting(string? ExternalId, string Title, string? Url, DateTimeOffset PublishedAt);
