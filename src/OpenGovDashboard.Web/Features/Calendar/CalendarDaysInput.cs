namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>
/// One listed day, or a run of them (From…To, e.g. the eight days of 春节) for a year's notice. When editing an
/// existing day, <see cref="DayId"/> is set and only <see cref="From"/> is used.
/// </summary>
public sealed class CalendarDaysInput
{
    public int? DayId { get; set; }

    public int Year { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>放假 (true) or 上班, a make-up workday (false).</summary>
    public bool IsOffDay { get; set; } = true;

    public string? Name { get; set; }
}
