namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 月汇总（单位） — postings per month and org unit over all channels: whole months of the department ranking
/// (at most one row per unit and month). <see cref="OrgUnitKey"/> is the unit id, or 0 for postings without a unit.
/// </summary>
public sealed class PostingMonthUnitRollup
{
    public int Year { get; set; }

    public int Month { get; set; }

    public int OrgUnitKey { get; set; }

    public int Count { get; set; }
}
