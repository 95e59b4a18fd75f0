namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>A validation error: the input's field (camelCase) and a message in the user's language that names it.</summary>
public sealed record CalendarFieldError(string Field, string Message);
