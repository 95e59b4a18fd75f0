namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>How many of a year's answers had one result.</summary>
public sealed record RequestResultCount(RequestResult Result, int Count);
