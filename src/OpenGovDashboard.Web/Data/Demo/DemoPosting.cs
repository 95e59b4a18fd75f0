namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>A demo posting before its channel, column and unit have database ids.</summary>
public sealed record DemoPosting(
    string Channel,
    string? Column,
    string? OrgUnit,
    string Title,
    string Url,
    DateTime PublishedAtUtc,
    DateOnly PublishedOn,
    string ExternalId);
