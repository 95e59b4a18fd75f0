namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>The <c>Clock</c> section.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>Pins the date the app believes it is (the demo: 2019-12-31). Production never sets it.</summary>
    public DateOnly? Today { get; set; }
}
