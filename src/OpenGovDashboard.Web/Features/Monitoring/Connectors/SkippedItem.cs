namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// An item a run read but did not take: its label, why (a <see cref="SkipReasons"/> code, shown in the user's language by
/// <see cref="ConnectorTexts"/>) and the detail that goes with it (the date that could not be read, the ingest's errors).
/// </summary>
public sealed record SkippedItem(string Item, string Reason, string? Detail = null);

/// <summary>Why a connector skipped an item. Stable codes: they are stored with each run and looked up as <c>Connector.Skip.{code}</c>.</summary>
public static class SkipReasons
{
    public const string NoTitle = "no-title";

    /// <summary>No publication date at all: "未注明信息发布时间的视为不更新", so it must not count as an update.</summary>
    public const string NoDate = "no-date";

    /// <summary>A date that is there but cannot be read; the detail holds it.</summary>
    public const string BadDate = "bad-date";

    public const string Deleted = "deleted";

    /// <summary>A WeChat publication without its articles (<c>news_item</c>).</summary>
    public const string NoContent = "no-content";

    /// <summary>A Weibo post without an id.</summary>
    public const string NoId = "no-id";

    /// <summary>The ingest refused it (a date before the channel's launch, say); the detail holds the field and message.</summary>
    public const string Rejected = "rejected";
}
