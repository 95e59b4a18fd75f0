namespace OpenGovDashboard.Web.Domain;

/// <summary>发布渠道 — a portal, a 政务服务网 site, a WeChat or Weibo account or another new-media outlet.</summary>
public sealed class Channel
{
    public int Id { get; set; }

    /// <summary>Unique across channels; the API accepts it in place of the id.</summary>
    public required string Name { get; set; }

    public ChannelKind Kind { get; set; }

    public int? OwnerOrgUnitId { get; set; }

    public OrgUnit? OwnerOrgUnit { get; set; }

    /// <summary>The day the channel first went live; nothing can be posted on it before.</summary>
    public DateOnly LaunchedOn { get; set; }

    /// <summary>Set when the channel is retired; its history stays.</summary>
    public DateOnly? RetiredOn { get; set; }

    public List<Column> Columns { get; set; } = [];

    public List<ChannelEvent> Events { get; set; } = [];

    public bool IsDemo { get; set; }
}
