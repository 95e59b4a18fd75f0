namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 月汇总（栏目） — postings per month, channel and column: whole months of a long county-wide span, so that a year
/// reads ~12 × 500 rows instead of ~365 × 300 day rows. <see cref="ColumnKey"/> is the column id, or 0 for none.
/// </summary>
public sealed class PostingMonthColumnRollup
{
    public int Year { get; set; }

    public int Month { get; set; }

    public int ChannelId { get; set; }

    public int ColumnKey { get; set; }

    public int Count { get; set; }
}
