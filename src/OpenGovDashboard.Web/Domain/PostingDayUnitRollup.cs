namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 日汇总（单位） — postings per Shanghai day and org unit over all channels: the edge days of the department ranking
/// and its day or week series. <see cref="OrgUnitKey"/> is the unit id, or 0 for postings without a unit.
/// </summary>
public sealed class PostingDayUnitRollup
{
    public DateOnly Day { get; set; }

    public int OrgUnitKey { get; set; }

    public int Count { get; set; }
}
