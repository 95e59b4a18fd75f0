namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>The <c>Demo</c> section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the 罗甸 2019 county into an empty database. Unset: on for the embedded SQLite default, off otherwise.</summary>
    public bool? Enabled { get; set; }
}
