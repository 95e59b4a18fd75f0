namespace OpenGovDashboard.Web.Domain;

/// <summary>Asia/Shanghai, the business time zone of every date a user sees.</summary>
public static class ShanghaiTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly ToShanghaiDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(EnsureUtc(utc), Zone));

    public static DateTimeOffset ToShanghai(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(EnsureUtc(utc)), Zone);

    /// <summary>The UTC instant of a Shanghai wall-clock time.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider clock) => ToShanghaiDate(clock.GetUtcNow().UtcDateTime);

    private static DateTime EnsureUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // China has kept UTC+8 without daylight saving since 1991; a machine without tzdata still gets it right.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "Asia/Shanghai", "CST");
        }
    }
}
