using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>
/// Which year's arrangement an admin should enter now: this year's if it is missing, and from 1 October
/// (the notice usually comes out between October and December) next year's.
/// </summary>
public static class CalendarReminder
{
    public const int RemindFromMonth = 10;

    public static int? YearToEnter(WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.IsYearEntered(today.Year))
        {
            return today.Year;
        }

        return today.Month >= RemindFromMonth && !calendar.IsYearEntered(today.Year + 1) ? today.Year + 1 : null;
    }
}
