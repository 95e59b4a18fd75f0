namespace OpenGovDashboard.Web.Domain.Monitoring;

/// <summary>How a source is read: a feed, a portal's list page, a WeChat official account (公众号) or a Weibo account.</summary>
public enum ConnectorKind
{
    Rss,
    Html,
    WeChat,
    Weibo,
}
