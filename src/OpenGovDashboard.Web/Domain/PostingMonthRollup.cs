namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 月汇总 — postings per month, channel and org unit: the grain of the department ranking.
/// <see cref="OrgUnitKey"/> is the unit id, or 0 for postings without a unit.
/// </summary>
public sealed class PostingMonthRollup
{
    public long Id { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public int ChannelId { get; set; }

    public int OrgUnitKey { get; set; }

    public int Count { get; set; }
}
