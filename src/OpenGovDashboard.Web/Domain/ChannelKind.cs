namespace OpenGovDashboard.Web.Domain;

/// <summary>发布渠道类别 — the kinds of channel the annual report counts separately.</summary>
public enum ChannelKind
{
    Portal,
    GovServiceSite,
    WeChat,
    Weibo,
    OtherNewMedia,
}
