namespace OpenGovDashboard.Web.Auth;

/// <summary>The <c>Bootstrap</c> section: the first admin and API key of a new install.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string AdminUser { get; set; } = "admin";

    /// <summary>Required on SQL Server and PostgreSQL; on the embedded default one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>When set, an Admin API key with exactly this value is created with the first admin.</summary>
    public string? ApiKey { get; set; }
}
