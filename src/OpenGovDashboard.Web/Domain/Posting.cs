namespace OpenGovDashboard.Web.Domain;

/// <summary>发布信息 — one item published on a channel: the raw fact every publishing chart is derived from.</summary>
public sealed class Posting
{
    public long Id { get; set; }

    public int ChannelId { get; set; }

    public int? ColumnId { get; set; }

    public int? OrgUnitId { get; set; }

    public required string Title { get; set; }

    public string? Url { get; set; }

    /// <summary>The instant of publication, UTC.</summary>
    public DateTime PublishedAtUtc { get; set; }

    /// <summary>The Shanghai calendar day of <see cref="PublishedAtUtc"/>, for grouping in SQL.</summary>
    public DateOnly PublishedOn { get; set; }

    /// <summary>The source's own id, the first dedupe key.</summary>
    public string? ExternalId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool IsDemo { get; set; }
}
