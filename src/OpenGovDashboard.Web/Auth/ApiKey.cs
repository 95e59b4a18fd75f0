namespace OpenGovDashboard.Web.Auth;

/// <summary>An API key for machine ingestion; only its SHA-256 hash is kept.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The key's first characters, so an admin can tell keys apart without the secret.</summary>
    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public ApiKeyRole Role { get; set; }

    /// <summary>When set, the key reaches only this unit and its children.</summary>
    public int? OrgUnitId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
