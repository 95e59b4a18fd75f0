using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// One configured source: where it is read from and which channel (and column) its postings belong to.
/// <paramref name="Key"/> names it in reports and alert keys; <paramref name="Account"/> is the WeChat appid or the
/// Weibo uid; <paramref name="ProtectedSecret"/> (the WeChat app secret or the Weibo access token) is only ever held
/// in its Data Protection form and never printed. For WeChat and Weibo a <paramref name="Url"/> stands in for the
/// configured API base URL. <paramref name="StoredId"/> is the admin-stored source it came from (null: configuration).
/// </summary>
public sealed record ConnectorSource(
    string Key,
    int ChannelId,
    int? ColumnId,
    ConnectorKind Kind,
    string? Url = null,
    string? Account = null,
    string? ProtectedSecret = null,
    HtmlListSelectors? Selectors = null,
    int MaxPages = 5,
    int? StoredId = null)
{
    /// <summary>Leaves the secret out, so that a source can be logged or shown safely.</summary>
    public override string ToString() =>
        $"{Key} ({Kind}, channel {ChannelId}{(ColumnId is { } column ? $", column {column}" : "")}{(Url is null ? "" : ", " + Url)})";
}
