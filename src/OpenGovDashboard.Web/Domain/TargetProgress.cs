namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 目标进度 — where a target stands on a day: expected-by-now pro rata by the working days of its period that
/// have elapsed on the official calendar (调休 included), the projection to the period's end, and the status.
/// </summary>
public sealed record TargetProgress(double Actual, double ExpectedByNow, double Projected, double Percent, TargetStatus Status, bool Provisional)
{
    /// <summary>Below this share of expected-by-now a floor target is at risk (default 90 %).</summary>
    public const double DefaultAtRiskBelow = 0.90;

    /// <summary>Below this share it is behind (default 75 %).</summary>
    public const double DefaultBehindBelow = 0.75;

    public static TargetProgress Compute(
        TargetDirection direction, double target, double actual, TargetPeriod period, DateOnly asOf, WorkingDayCalendar calendar,
        double atRiskBelow = DefaultAtRiskBelow, double behindBelow = DefaultBehindBelow, bool level = false)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        var total = calendar.CountWorkingDays(period.Start, period.End);
        var until = asOf < period.Start ? period.Start.AddDays(-1) : asOf > period.End ? period.End : asOf;
        var elapsed = until < period.Start ? new WorkingDayCount(0, false) : calendar.CountWorkingDays(period.Start, until);
        var share = total.Days == 0 ? 1.0 : (double)elapsed.Days / total.Days;
        var provisional = total.Provisional || elapsed.Provisional;

        if (direction == TargetDirection.AtMost)
        {
            // A ceiling (e.g. days silent) holds or it does not; there is nothing to pro-rate.
            var status = actual <= target ? (asOf >= period.End ? TargetStatus.Met : TargetStatus.OnTrack) : TargetStatus.Behind;
            var percent = actual <= 0 ? 100 : Math.Round(Math.Min(target / actual, 10) * 100, 1);
            return new TargetProgress(actual, target, actual, percent, status, provisional);
        }

        if (level)
        {
            // A rate (e.g. answered on time, %) is held at every point of the period, not accumulated: nothing to pro-rate.
            var levelStatus = actual >= target ? (asOf >= period.End ? TargetStatus.Met : TargetStatus.OnTrack)
                : actual >= target * atRiskBelow ? TargetStatus.AtRisk
                : TargetStatus.Behind;
            var levelPercent = target <= 0 ? 100 : Math.Round(actual * 100 / target, 1);
            return new TargetProgress(actual, target, actual, levelPercent, levelStatus, provisional);
        }

        var expected = Math.Round(target * share, 1);
        var projected = share <= 0 ? actual : Math.Round(actual / share, 1);
        var percentOfTarget = target <= 0 ? 100 : Math.Round(actual * 100 / target, 1);
        // Once the period's last day has come, an unmet floor cannot be "on track" any more.
        var over = asOf >= period.End;
        var floorStatus = actual >= target ? TargetStatus.Met
            : !over && (expected <= 0 || actual >= expected * atRiskBelow) ? TargetStatus.OnTrack
            : actual >= expected * behindBelow ? TargetStatus.AtRisk
            : TargetStatus.Behind;
        return new TargetProgress(actual, expected, projected, percentOfTarget, floorStatus, provisional);
    }
}
