namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 日汇总 — postings per Shanghai day, channel and column: the grain of the time series, KPI cards and the
/// category donut. <see cref="ColumnKey"/> is the column id, or 0 for postings outside any column.
/// </summary>
public sealed class PostingDayRollup
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public int ChannelId { get; set; }

    public int ColumnKey { get; set; }

    public int Count { get; set; }
}
