namespace OpenGovDashboard.Web.Domain;

/// <summary>节假日安排中的一天 — a day listed in a 部分节假日安排 notice: an off day (放假) or a 调休 make-up workday (上班).</summary>
public sealed record HolidayDay(DateOnly Date, bool IsOffDay, string Name);
