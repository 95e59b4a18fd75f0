using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Tests.Calendar;

/// <summary>
/// The official calendar of docs/domain.md §4 (2019–2026), counted by hand: each expected date lists the working
/// days it was derived from, 放假 ranges and 班 make-up days as the table gives them.
/// </summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Official = OfficialHolidays.BuildCalendar();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void TwentyWorkingDaysFrom2024_02_08SkipSpringFestivalAndCountTheMakeUpSunday()
    {
        // 春节 2024: off 02-10…02-17, 班 02-04 and 02-18 (Sunday). Start Thu 02-08.
        // 1 02-09 Fri | 02-10…02-17 off | 2 02-18 Sun 班 | 3–7 02-19…02-23 | 8–12 02-26…03-01 (02-29 exists)
        // 13–17 03-04…03-08 | 18 03-11, 19 03-12, 20 03-13 Wed
        Assert.Equal(new WorkingDayResult(D(2024, 3, 13), false), Official.AddWorkingDays(D(2024, 2, 8), 20));
    }

    [Fact]
    public void TwentyWorkingDaysFrom2023_09_27CrossNationalDayWithItsTwoMakeUpDays()
    {
        // 中秋+国庆 2023: off 09-29…10-06, 班 10-07 (Sat) and 10-08 (Sun). Start Wed 09-27.
        // 1 09-28 Thu | 09-29…10-06 off | 2 10-07 Sat 班 | 3 10-08 Sun 班 | 4–8 10-09…10-13
        // 9–13 10-16…10-20 | 14–18 10-23…10-27 | 19 10-30 Mon, 20 10-31 Tue
        Assert.Equal(new WorkingDayResult(D(2023, 10, 31), false), Official.AddWorkingDays(D(2023, 9, 27), 20));
    }

    [Fact]
    public void TwentyWorkingDaysFrom2019_12_25RunIntoJanuary2020PastNewYearAndTheMakeUpSunday()
    {
        // Start Wed 2019-12-25. 1 12-26, 2 12-27, 3 12-30, 4 12-31 | 2020-01-01 元旦 off | 5 01-02, 6 01-03
        // 7–11 01-06…01-10 | 12–16 01-13…01-17 | 17 01-19 Sun 班 (春节) | 18 01-20, 19 01-21, 20 01-22 Wed
        Assert.Equal(new WorkingDayResult(D(2020, 1, 22), false), Official.AddWorkingDays(D(2019, 12, 25), 20));
    }

    [Fact]
    public void TheCovidExtensionOf2020MakesFebruaryTheFirstNotAWorkingDay()
    {
        // Continuing the count above: 21 01-23 Thu | 01-24…02-02 off (the first notice had 02-01 Sat as 班;
        // the 2020-01-27 notice removed it) | 22 02-03 Mon.
        Assert.Equal(D(2020, 2, 3), Official.AddWorkingDays(D(2019, 12, 25), 22).Date);
        Assert.False(Official.IsWorkingDay(D(2020, 2, 1)));
        Assert.True(Official.IsWorkingDay(D(2020, 1, 19)));
    }

    [Fact]
    public void TwentyWorkingDaysFrom2025_01_20CountTheMakeUpSundayAndSaturdayOfSpringFestival()
    {
        // 春节 2025: off 01-28…02-04, 班 01-26 (Sun) and 02-08 (Sat). Start Mon 01-20.
        // 1–4 01-21…01-24 | 5 01-26 Sun 班 | 6 01-27 Mon | 01-28…02-04 off | 7 02-05, 8 02-06, 9 02-07
        // 10 02-08 Sat 班 | 11–15 02-10…02-14 | 16–20 02-17…02-21 Fri
        Assert.Equal(new WorkingDayResult(D(2025, 2, 21), false), Official.AddWorkingDays(D(2025, 1, 20), 20));
    }

    [Fact]
    public void TwentyWorkingDaysFrom2026_02_10CountBothMakeUpSaturdaysOfTheNineDaySpringFestival()
    {
        // 春节 2026: off 02-15 (Sun)…02-23 (Mon), 班 02-14 (Sat) and 02-28 (Sat). Start Tue 02-10.
        // 1 02-11, 2 02-12, 3 02-13 | 4 02-14 Sat 班 | 02-15…02-23 off | 5–8 02-24…02-27 | 9 02-28 Sat 班
        // 10–14 03-02…03-06 | 15–19 03-09…03-13 | 20 03-16 Mon
        Assert.Equal(new WorkingDayResult(D(2026, 3, 16), false), Official.AddWorkingDays(D(2026, 2, 10), 20));
    }

    [Fact]
    public void ACountIntoAnUnenteredYearIsProvisionalAndAssumesWeekendsOnly()
    {
        // Start Sun 2026-12-20. 1–5 12-21…12-25 | 6–9 12-28…12-31 | 2027 not entered, so 01-01 (Fri, surely
        // 元旦 in fact) counts: 10 01-01 | 11–15 01-04…01-08 | 16–20 01-11…01-15 Fri
        Assert.Equal(new WorkingDayResult(D(2027, 1, 15), true), Official.AddWorkingDays(D(2026, 12, 20), 20));
    }

    [Fact]
    public void ACountThatStaysInsideEnteredYearsIsNotProvisional() =>
        Assert.Equal(new WorkingDayResult(D(2026, 12, 31), false), Official.AddWorkingDays(D(2026, 12, 20), 9));

    [Fact]
    public void ZeroDaysGiveTheStartItselfEvenOnAHoliday()
    {
        Assert.Equal(new WorkingDayResult(D(2024, 2, 12), false), Official.AddWorkingDays(D(2024, 2, 12), 0));
        Assert.Equal(new WorkingDayResult(D(2030, 6, 1), false), Official.AddWorkingDays(D(2030, 6, 1), 0));
    }

    [Fact]
    public void CountingStartsOnTheNextDayEvenWhenStartIsAWorkingDay() =>
        Assert.Equal(D(2024, 3, 5), Official.AddWorkingDays(D(2024, 3, 4), 1).Date);

    [Fact]
    public void NegativeDaysAreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D(2024, 3, 4), -1));

    [Theory]
    [InlineData(2024, 2, 18)] // 春节 班, Sunday
    [InlineData(2023, 10, 8)] // 国庆 班, Sunday
    [InlineData(2018, 12, 29)] // 元旦 班 listed in 2019's notice, Saturday
    [InlineData(2026, 1, 4)] // 元旦 班, Sunday
    public void AMakeUpWeekendDayIsAWorkingDay(int year, int month, int day) =>
        Assert.True(Official.IsWorkingDay(D(year, month, day)));

    [Theory]
    [InlineData(2024, 10, 1)] // 国庆, Tuesday
    [InlineData(2019, 6, 7)] // 端午, Friday
    [InlineData(2018, 12, 31)] // 元旦, Monday, listed in 2019's notice
    [InlineData(2025, 1, 28)] // 除夕, Tuesday, a statutory holiday from 2025
    public void AWeekdayHolidayIsNotAWorkingDay(int year, int month, int day) =>
        Assert.False(Official.IsWorkingDay(D(year, month, day)));

    [Fact]
    public void AnOrdinaryWeekendIsOffAndAnOrdinaryWeekdayIsWorked()
    {
        Assert.False(Official.IsWorkingDay(D(2024, 3, 2)));
        Assert.False(Official.IsWorkingDay(D(2024, 3, 3)));
        Assert.True(Official.IsWorkingDay(D(2024, 3, 4)));
    }

    [Fact]
    public void CountingWorkingDaysAcrossNationalDay2024()
    {
        // 2024-09-23 (Mon) … 10-13 (Sun); 国庆 off 10-01…10-07, 班 09-29 (Sun) and 10-12 (Sat).
        // 09-23…09-27 (5) + 09-29 班 (6) + 09-30 (7) + 10-08…10-11 (11) + 10-12 班 (12)
        Assert.Equal(new WorkingDayCount(12, false), Official.CountWorkingDays(D(2024, 9, 23), D(2024, 10, 13)));
    }

    [Fact]
    public void A2024WholeYearCountHas251WorkingDays()
    {
        // 262 weekdays (366 days from a Monday) − 19 weekday holidays (元旦 1, 春节 5, 清明 2, 劳动 3, 端午 1,
        // 中秋 2, 国庆 5) + 8 make-up weekend days (02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12).
        Assert.Equal(new WorkingDayCount(251, false), Official.CountWorkingDays(D(2024, 1, 1), D(2024, 12, 31)));
    }

    [Fact]
    public void ACountReachingIntoAnUnenteredYearIsProvisional()
    {
        // 2026-12-28…31 (Mon–Thu) and 2027-01-01 (Fri, weekends-only assumption) → 5.
        Assert.Equal(new WorkingDayCount(5, true), Official.CountWorkingDays(D(2026, 12, 28), D(2027, 1, 1)));
        Assert.Equal(new WorkingDayCount(0, false), Official.CountWorkingDays(D(2024, 3, 5), D(2024, 3, 4)));
    }

    [Fact]
    public void EnteredYearsAreTrackedExplicitlyNotInferredFromListedDates()
    {
        // 2019's notice lists 2018-12-29…31, which does not make 2018 an entered year.
        Assert.NotNull(Official.Listed(D(2018, 12, 30)));
        Assert.False(Official.IsYearEntered(2018));
        Assert.All(Enumerable.Range(2019, 8), y => Assert.True(Official.IsYearEntered(y)));
        Assert.False(Official.IsYearEntered(2027));
        Assert.True(Official.AddWorkingDays(D(2018, 12, 27), 1).Provisional);
    }

    [Fact]
    public void ADateListedTwiceIsRefused() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
            [2024], [new HolidayDay(D(2024, 1, 1), true, "元旦"), new HolidayDay(D(2024, 1, 1), false, "元旦")]));

    [Fact]
    public void EveryOfficialMakeUpDayFallsOnAWeekendAndEveryYearListsItsHolidays()
    {
        foreach (var year in OfficialHolidays.Years)
        {
            Assert.All(year.Days.Where(d => !d.IsOffDay), d => Assert.True(
                d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d.Date} {d.Name}"));
            Assert.All(year.Days, d => Assert.True(
                d.Date.Year == year.Year || (d.Date.Year == year.Year - 1 && d.Date.Month == 12), $"{d.Date} in {year.Year}"));
            // Seven holidays a year; 中秋 and 国庆 share one holiday in 2020, 2023 and 2025.
            Assert.Equal(year.Year is 2020 or 2023 or 2025 ? 6 : 7, year.Days.Select(d => d.Name).Distinct().Count());
        }
    }

    [Fact]
    public void SnapshotsWithTheSameDaysHaveTheSameContent()
    {
        var same = OfficialHolidays.BuildCalendar();
        Assert.True(Official.HasSameContentAs(same));
        var fewer = new WorkingDayCalendar(Official.EnteredYears, Official.Days.Where(d => d.Date != D(2024, 2, 18)));
        Assert.False(Official.HasSameContentAs(fewer));
    }
}
