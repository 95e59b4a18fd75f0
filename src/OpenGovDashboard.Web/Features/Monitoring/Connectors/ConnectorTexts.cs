using Microsoft.Extensions.Localization;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// A connector run's codes in the reader's language: why an item was skipped (<see cref="SkipReasons"/>) and what kind of
/// failure an error code is (<c>http:503</c> → "网站返回错误状态"). The upstream's own message (WeChat's errmsg, an HTTP
/// reason) is shown beside it as it came; a code this build does not know is shown as it is.
/// </summary>
public static class ConnectorTexts
{
    public static string Skip(IStringLocalizer l, SkippedItem skipped)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(skipped);
        var text = l["Connector.Skip." + skipped.Reason];
        var reason = text.ResourceNotFound ? skipped.Reason : text.Value;
        return string.IsNullOrEmpty(skipped.Detail) ? reason : l["Connector.Skip.WithDetail", reason, skipped.Detail];
    }

    /// <summary>The kind of failure with its code, e.g. "网站返回错误状态（http:503）".</summary>
    public static string Error(IStringLocalizer l, string code)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(code);
        var kind = code.Split(':', 2)[0];
        var text = l["Connector.Error." + kind];
        return text.ResourceNotFound ? code : l["Connector.Error.WithCode", text.Value, code];
    }
}
