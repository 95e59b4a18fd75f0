using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.Tests.Domain;

public sealed class RecurringScheduleTests
{
    private const string NightlyAtTwo = "0 2 * * *";

    [Fact]
    public void RunDueAtTwoInShanghaiWhileTheAppWasDownIsMissed() =>
        // Last success 2019-12-30 02:05 Shanghai; now 2019-12-31 09:00 Shanghai: the 12-31 02:00 run was missed.
        Assert.True(RecurringJobScheduler.IsRunMissed(NightlyAtTwo, new DateTime(2019, 12, 29, 18, 5, 0, DateTimeKind.Utc), new DateTime(2019, 12, 31, 1, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void RunAlreadyDoneTonightIsNotMissed() =>
        Assert.False(RecurringJobScheduler.IsRunMissed(NightlyAtTwo, new DateTime(2019, 12, 30, 18, 5, 0, DateTimeKind.Utc), new DateTime(2019, 12, 31, 1, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void MidnightUtcIsNotTwoAmShanghai() =>
        // 2019-12-31 00:30 UTC is 08:30 Shanghai; the 02:00 Shanghai run (18:00 UTC the day before) happened after the last success at 17:00 UTC.
        Assert.True(RecurringJobScheduler.IsRunMissed(NightlyAtTwo, new DateTime(2019, 12, 30, 17, 0, 0, DateTimeKind.Utc), new DateTime(2019, 12, 31, 0, 30, 0, DateTimeKind.Utc)));
}
