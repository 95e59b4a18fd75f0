namespace OpenGovDashboard.Web.Features.Operations;

/// <summary>
/// The <c>ReverseProxy</c> section: which proxies' <c>X-Forwarded-For</c>/<c>-Proto</c> headers are believed, so that the
/// app sees the user's address (audit log) and https (secure cookies) behind nginx. Loopback is always trusted (nginx on
/// the same host); add the proxy's address or network when it runs elsewhere (e.g. docker compose's network).
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>172.16.0.0/12</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
