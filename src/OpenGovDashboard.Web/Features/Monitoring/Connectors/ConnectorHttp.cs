namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>The named HTTP clients of the connectors. The API clients log nothing: their URLs carry secrets and tokens.</summary>
public static class ConnectorHttp
{
    /// <summary>Feeds and list pages.</summary>
    public const string Web = "monitoring-web";

    public const string WeChat = "monitoring-wechat";

    public const string Weibo = "monitoring-weibo";

    /// <summary>Availability probes: no client timeout (each probe has its own) and no request log lines every half hour.</summary>
    public const string Probe = "monitoring-probe";

    /// <summary>A base URL as configured, with the trailing slash relative paths need.</summary>
    public static Uri BaseUri(string configured) => new(configured.EndsWith('/') ? configured : configured + "/", UriKind.Absolute);
}
