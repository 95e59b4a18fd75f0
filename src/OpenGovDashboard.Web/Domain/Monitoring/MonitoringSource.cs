namespace OpenGovDashboard.Web.Domain.Monitoring;

/// <summary>
/// 采集源 — a connector source an admin keeps in the app: which channel (and column) its postings belong to and how it is
/// read. <see cref="Name"/> is its key in run records, alerts and posting origins. The secret (WeChat app secret, Weibo
/// access token) is held only in its Data Protection form and never shown back.
/// </summary>
public sealed class MonitoringSource
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public int ChannelId { get; set; }

    public int? ColumnId { get; set; }

    public ConnectorKind Kind { get; set; }

    /// <summary>The feed or list page; for WeChat and Weibo an optional API base URL in place of the configured one.</summary>
    public string? Url { get; set; }

    /// <summary>The WeChat appid or the Weibo uid.</summary>
    public string? Account { get; set; }

    public string? ProtectedSecret { get; set; }

    public string? ItemSelector { get; set; }

    public string? LinkSelector { get; set; }

    public string? TitleSelector { get; set; }

    public string? DateSelector { get; set; }

    public string? NextPageSelector { get; set; }

    public string? PageUrlPattern { get; set; }

    public int MaxPages { get; set; } = 5;

    public bool Enabled { get; set; } = true;

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
