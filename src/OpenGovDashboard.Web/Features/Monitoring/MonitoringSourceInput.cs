using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>What the source form edits. <see cref="NewSecret"/> replaces the stored secret when given; it is never read back.</summary>
public sealed class MonitoringSourceInput
{
    public string? Name { get; set; }

    public int? ChannelId { get; set; }

    public int? ColumnId { get; set; }

    public ConnectorKind? Kind { get; set; }

    public string? Url { get; set; }

    public string? Account { get; set; }

    public string? NewSecret { get; set; }

    public string? ItemSelector { get; set; }

    public string? LinkSelector { get; set; }

    public string? TitleSelector { get; set; }

    public string? DateSelector { get; set; }

    public string? NextPageSelector { get; set; }

    public string? PageUrlPattern { get; set; }

    public int MaxPages { get; set; } = 5;

    public bool Enabled { get; set; } = true;
}
