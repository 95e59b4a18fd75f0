namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 目标进度快照 — where a target stood at the end of one day, as the nightly job saw it. The line of a target over its
/// period is drawn from these; the trend since last month compares with the snapshot of the previous month's last day.
/// </summary>
public sealed class TargetSnapshot
{
    public long Id { get; set; }

    public int TargetId { get; set; }

    /// <summary>The day the figures are as of (Asia/Shanghai).</summary>
    public DateOnly Day { get; set; }

    public double Actual { get; set; }

    public double ExpectedByNow { get; set; }

    public double Percent { get; set; }

    public TargetStatus Status { get; set; }

    public DateTime TakenAtUtc { get; set; }
}
