namespace OpenGovDashboard.Web.Domain;

/// <summary>渠道大事记 — e.g. the portal's relaunch on the 中国·贵州云 platform on 2019-11-06.</summary>
public sealed class ChannelEvent
{
    public int Id { get; set; }

    public int ChannelId { get; set; }

    public DateOnly OccurredOn { get; set; }

    public ChannelEventKind Kind { get; set; }

    public required string Description { get; set; }
}
