using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Tests.Targets;

/// <summary>Pro-rata progress on the official calendar (docs/domain.md §4), and the status thresholds at their edges.</summary>
public sealed class TargetProgressTests
{
    private static readonly WorkingDayCalendar Calendar = OfficialHolidays.BuildCalendar();

    // 2019-Q4 has 62 working days; by 2019-10-15 seven have passed: 10-08…10-11, the make-up Saturday 10-12, 10-14, 10-15.
    private static readonly TargetPeriod Q4 = Period("2019-Q4");

    [Theory]
    [InlineData(63.0, TargetStatus.OnTrack)] // exactly 90 % of the 70 expected
    [InlineData(62.9, TargetStatus.AtRisk)]
    [InlineData(52.5, TargetStatus.AtRisk)] // exactly 75 %
    [InlineData(52.4, TargetStatus.Behind)]
    [InlineData(620.0, TargetStatus.Met)]
    public void QuarterAcrossNationalDayCountsOnlyItsWorkingDaysAndTheMakeUpSaturday(double actual, TargetStatus expected)
    {
        var progress = TargetProgress.Compute(TargetDirection.AtLeast, 620, actual, Q4, new DateOnly(2019, 10, 15), Calendar);
        Assert.Equal(70, progress.ExpectedByNow);
        Assert.Equal(expected, progress.Status);
        Assert.False(progress.Provisional);
    }

    [Fact]
    public void ProjectionScalesTheActualToTheWholePeriodsWorkingDays() =>
        Assert.Equal(558, TargetProgress.Compute(TargetDirection.AtLeast, 620, 63, Q4, new DateOnly(2019, 10, 15), Calendar).Projected);

    [Fact]
    public void MonthAcrossSpringFestivalExpectsItAllBeforeTheHoliday()
    {
        // January 2020 (extended 春节 from 01-24, make-up Sunday 01-19): all 17 working days are over by 01-23.
        var progress = TargetProgress.Compute(TargetDirection.AtLeast, 34, 30, Period("2020-01"), new DateOnly(2020, 1, 23), Calendar);
        Assert.Equal(34, progress.ExpectedByNow);
        Assert.Equal(30, progress.Projected);
        Assert.Equal(TargetStatus.AtRisk, progress.Status);
        Assert.Equal(88.2, progress.Percent);
    }

    [Fact]
    public void BeforeThePeriodNothingIsExpected()
    {
        var progress = TargetProgress.Compute(TargetDirection.AtLeast, 100, 0, Q4, new DateOnly(2019, 9, 30), Calendar);
        Assert.Equal(0, progress.ExpectedByNow);
        Assert.Equal(TargetStatus.OnTrack, progress.Status);
    }

    [Theory]
    [InlineData(10, "2019-12-15", TargetStatus.OnTrack)]
    [InlineData(10, "2019-12-31", TargetStatus.Met)]
    [InlineData(14, "2019-12-15", TargetStatus.OnTrack)]
    [InlineData(15, "2019-12-15", TargetStatus.Behind)]
    public void CeilingTargetsHoldOrNot(double daysSilent, string asOf, TargetStatus expected) =>
        Assert.Equal(expected, TargetProgress.Compute(TargetDirection.AtMost, 14, daysSilent, Period("2019"), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), Calendar).Status);

    [Fact]
    public void APeriodInAYearWithoutItsNoticeIsProvisional() =>
        Assert.True(TargetProgress.Compute(TargetDirection.AtLeast, 100, 10, Period("2027-03"), new DateOnly(2027, 3, 10), Calendar).Provisional);

    [Theory]
    [InlineData("2019", "2019-01-01", "2019-12-31")]
    [InlineData("2019-Q3", "2019-07-01", "2019-09-30")]
    [InlineData("2019-07", "2019-07-01", "2019-07-31")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    public void PeriodsParseAsTheApiWritesThem(string text, string start, string end)
    {
        Assert.True(TargetPeriod.TryParse(text, out var period));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(text, period.Label);
    }

    [Theory]
    [InlineData("2019-13")]
    [InlineData("2019-Q5")]
    [InlineData("19")]
    [InlineData("")]
    public void MalformedPeriodsAreRefused(string text) => Assert.False(TargetPeriod.TryParse(text, out _));

    private static TargetPeriod Period(string text) =>
        TargetPeriod.TryParse(text, out var period) ? period : throw new ArgumentException(text, nameof(text));

    [Theory]
    [InlineData(96.0, "2019-10-15", TargetStatus.OnTrack)] // at or above the rate mid-period
    [InlineData(95.0, "2019-12-31", TargetStatus.Met)]
    [InlineData(85.5, "2019-10-15", TargetStatus.AtRisk)] // exactly 90 % of 95
    [InlineData(85.4, "2019-10-15", TargetStatus.Behind)]
    public void ARateIsHeldNotProRated(double actual, string asOf, TargetStatus expected)
    {
        var progress = TargetProgress.Compute(TargetDirection.AtLeast, 95, actual, Q4, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), Calendar, level: true);
        Assert.Equal((95, expected), (progress.ExpectedByNow, progress.Status));
    }
}
