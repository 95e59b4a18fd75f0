using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>A clock that stays on one Shanghai calendar day while its time of day runs on.</summary>
public sealed class PinnedDateTimeProvider(DateOnly today) : TimeProvider
{
    public DateOnly Today { get; } = today;

    public override DateTimeOffset GetUtcNow()
    {
        var timeOfDay = TimeOnly.FromDateTime(ShanghaiTime.ToShanghai(System.GetUtcNow().UtcDateTime).DateTime);
        return new DateTimeOffset(ShanghaiTime.ToUtc(Today, timeOfDay), TimeSpan.Zero);
    }

    public override TimeZoneInfo LocalTimeZone => ShanghaiTime.Zone;
}
