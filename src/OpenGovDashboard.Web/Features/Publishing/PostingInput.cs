namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// One posting as a caller sends it (API item, file row, form). Channel, column and unit take an id or the exact
/// name; a publication time without an offset is read as Asia/Shanghai.
/// </summary>
public sealed class PostingInput
{
    public string? Channel { get; set; }

    public string? Column { get; set; }

    public string? OrgUnit { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? ExternalId { get; set; }
}
