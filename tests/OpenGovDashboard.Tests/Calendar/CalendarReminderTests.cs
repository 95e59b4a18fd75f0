using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Tests.Calendar;

public sealed class CalendarReminderTests
{
    private static readonly WorkingDayCalendar Official = OfficialHolidays.BuildCalendar();

    [Fact]
    public void NothingIsDueBeforeOctoberWhenThisYearIsEntered() =>
        Assert.Null(CalendarReminder.YearToEnter(Official, new DateOnly(2026, 9, 30)));

    [Fact]
    public void FromTheFirstOfOctoberNextYearIsDueWhenMissing() =>
        Assert.Equal(2027, CalendarReminder.YearToEnter(Official, new DateOnly(2026, 10, 1)));

    [Fact]
    public void NothingIsDueInDecemberWhenNextYearIsEntered() =>
        Assert.Null(CalendarReminder.YearToEnter(Official, new DateOnly(2025, 12, 31)));

    [Fact]
    public void AMissingCurrentYearIsDueAtAnyTime() =>
        Assert.Equal(2027, CalendarReminder.YearToEnter(Official, new DateOnly(2027, 3, 1)));
}
