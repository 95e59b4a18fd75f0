using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Tests.Domain;

public sealed class ShanghaiTimeTests
{
    [Fact]
    public void LateEveningUtcIsTheNextShanghaiDay() =>
        Assert.Equal(new DateOnly(2020, 1, 1), ShanghaiTime.ToShanghaiDate(new DateTime(2019, 12, 31, 16, 30, 0, DateTimeKind.Utc)));

    [Fact]
    public void ShanghaiWallClockConvertsToUtcEightHoursEarlier() =>
        Assert.Equal(new DateTime(2019, 11, 6, 1, 0, 0, DateTimeKind.Utc), ShanghaiTime.ToUtc(new DateOnly(2019, 11, 6), new TimeOnly(9, 0)));

    [Fact]
    public void PinnedClockStaysOnItsDayWhateverTheRealDate()
    {
        var clock = new PinnedDateTimeProvider(new DateOnly(2019, 12, 31));
        Assert.Equal(new DateOnly(2019, 12, 31), ShanghaiTime.Today(clock));
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
    }

    [Theory]
    [InlineData(UpdateClass.TwoWeeks, 14)]
    [InlineData(UpdateClass.SixMonths, 183)]
    [InlineData(UpdateClass.OneYear, 365)]
    public void SilenceThresholdsFollowTheNationalInspection(UpdateClass updateClass, int days) =>
        Assert.Equal(days, UpdateClassRules.MaxSilentDays(updateClass));

    [Fact]
    public void OverviewColumnsHaveNoSilenceThreshold() => Assert.Null(UpdateClassRules.MaxSilentDays(UpdateClass.OnChange));
}
