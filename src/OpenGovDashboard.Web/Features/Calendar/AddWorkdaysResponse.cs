namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>The answer of <c>GET /api/v1/calendar/add-workdays</c>.</summary>
public sealed record AddWorkdaysResponse(DateOnly Date, bool Provisional);
