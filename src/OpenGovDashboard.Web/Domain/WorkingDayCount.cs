namespace OpenGovDashboard.Web.Domain;

/// <summary>A number of working days in a range; <see cref="Provisional"/> as in <see cref="WorkingDayResult"/>.</summary>
public sealed record WorkingDayCount(int Days, bool Provisional);
