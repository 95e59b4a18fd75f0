using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// One entry of <c>Monitoring:Sources</c>. The secret (WeChat app secret, Weibo access token) is given either as
/// <see cref="ProtectedSecret"/> — a Data Protection payload made by <see cref="ConnectorSecrets.Protect"/> — or as
/// <see cref="Secret"/> from user secrets or an environment variable; a plain one is protected as soon as it is read.
/// </summary>
public sealed class ConnectorSourceOptions
{
    public string Key { get; set; } = "";

    public int ChannelId { get; set; }

    public int? ColumnId { get; set; }

    public ConnectorKind Kind { get; set; }

    public string? Url { get; set; }

    /// <summary>The WeChat appid or the Weibo uid.</summary>
    public string? Account { get; set; }

    public string? Secret { get; set; }

    public string? ProtectedSecret { get; set; }

    public string? ItemSelector { get; set; }

    public string LinkSelector { get; set; } = "a";

    public string? TitleSelector { get; set; }

    public string? DateSelector { get; set; }

    public string? NextPageSelector { get; set; }

    public string? PageUrlPattern { get; set; }

    public int MaxPages { get; set; } = 5;

    public ConnectorSource ToSource(ConnectorSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var protectedSecret = ProtectedSecret ?? (string.IsNullOrEmpty(Secret) ? null : secrets.Protect(Secret));
        var selectors = ItemSelector is null ? null
            : new HtmlListSelectors(ItemSelector, LinkSelector, TitleSelector, DateSelector, NextPageSelector, PageUrlPattern);
        return new ConnectorSource(Key, ChannelId, ColumnId, Kind, Url, Account, protectedSecret, selectors, MaxPages);
    }
}
