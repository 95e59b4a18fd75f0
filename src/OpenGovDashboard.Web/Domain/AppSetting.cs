namespace OpenGovDashboard.Web.Domain;

/// <summary>A setting an admin or leader changes in the app (not in configuration files): a key and its invariant text value.</summary>
public sealed class AppSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
