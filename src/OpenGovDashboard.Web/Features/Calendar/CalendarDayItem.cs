namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>One listed day as the admin page shows it.</summary>
public sealed record CalendarDayItem(int Id, DateOnly Date, bool IsOffDay, string Name);
