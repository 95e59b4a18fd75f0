namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>An item a run read but did not take, and why (no parsable date, no title, deleted, rejected by ingest…).</summary>
public sealed record SkippedItem(string Item, string Reason);
