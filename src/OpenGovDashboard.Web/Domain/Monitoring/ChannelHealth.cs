namespace OpenGovDashboard.Web.Domain.Monitoring;

/// <summary>
/// The inspection thresholds of 国办秘函〔2019〕19号 (docs/domain.md §3), as configuration: days a column of each update
/// class or a new-media account may stay silent, the veto counts, how near a limit counts as a warning, and the share of
/// failed availability probes in the week that vetoes a website (站点无法访问, ≥ 5 %) — judged only on enough probes:
/// 19号 monitors a week with 20 or more visits a day, so a window is judged once it holds
/// <see cref="ProbeMinSamplesPerDay"/> × <see cref="ProbeWindowDays"/> scheduled probes (see <see cref="JudgesAvailability"/>).
/// </summary>
public sealed record HealthThresholds(
    int NewsDays = 14,
    int NoticesDays = 183,
    int YearlyDays = 365,
    int NewMediaDays = 14,
    int HomePageDays = 14,
    int VetoSilentColumns = 5,
    int VetoStaleColumns = 10,
    int VetoEmptyColumns = 5,
    int WarnDaysBefore = 3,
    double ProbeFailPercent = 5,
    double ProbeWarnPercent = 3,
    int ProbeMinSamplesPerDay = 20,
    int ProbeWindowDays = 7)
{
    public static HealthThresholds Default { get; } = new();

    /// <summary>The scheduled probes a window needs before its failure share is judged: 20 a day on average over the week.</summary>
    public int ProbeMinSamplesInWindow => Math.Max(1, ProbeMinSamplesPerDay) * Math.Max(1, ProbeWindowDays);

    public bool JudgesAvailability(AvailabilityFacts availability) =>
        availability is not null && availability.Probes >= ProbeMinSamplesInWindow;

    /// <summary>The days a column of this class may go without a posting; null when it updates only on change.</summary>
    public int? DaysFor(UpdateClass updateClass) => updateClass switch
    {
        UpdateClass.TwoWeeks => NewsDays,
        UpdateClass.SixMonths => NoticesDays,
        UpdateClass.OneYear => YearlyDays,
        _ => null,
    };
}

public enum HealthStatus
{
    Ok,
    Warning,
    Silent,
    Empty,
}

public enum SiteVerdict
{
    /// <summary>合格.</summary>
    Pass,

    /// <summary>有否决风险.</summary>
    AtRisk,

    /// <summary>不合格.</summary>
    Fail,
}

/// <summary>What the checks read of one column: its class, when it opened and its last posting on or before the day.</summary>
public sealed record ColumnFacts(int Id, string Name, UpdateClass UpdateClass, DateOnly? LastPostedOn);

/// <summary>The availability probes of a channel's window (the week up to the day): how many ran and how many failed.</summary>
public sealed record AvailabilityFacts(int Probes, int Failures)
{
    public double FailurePercent => Probes == 0 ? 0 : 100.0 * Failures / Probes;
}

/// <summary>What the checks read of one channel; <paramref name="Availability"/> is null when it has no probe.</summary>
public sealed record ChannelFacts(
    int Id, string Name, ChannelKind Kind, DateOnly LaunchedOn, DateOnly? LastPostedOn, IReadOnlyList<ColumnFacts> Columns, AvailabilityFacts? Availability = null);

public sealed record ColumnHealth(ColumnFacts Column, int? DaysSilent, int? Limit, HealthStatus Status);

/// <summary>One channel's state on a day: each column's, the veto counts (portals), and the verdict with its reasons.</summary>
public sealed record ChannelHealth(
    ChannelFacts Channel,
    int? DaysSilent,
    int? Limit,
    HealthStatus Status,
    IReadOnlyList<ColumnHealth> Columns,
    int SilentNewsOrNotices,
    int SilentColumns,
    int EmptyColumns,
    SiteVerdict Verdict,
    IReadOnlyList<string> Reasons);

/// <summary>
/// 渠道健康 — the 19号 rules on posting dates, as of any day: a column silent longer than its class allows is 未更新; one
/// with no posting ever is 空白; a portal fails (单项否决) with ≥ 5 silent 动态要闻/通知公告 columns, ≥ 10 silent columns of
/// any class, ≥ 5 blank columns, or no posting at all in the last two weeks (首页不更新); a new-media account fails when
/// silent more than two weeks (僵尸账号). A website also fails when ≥ 5 % of the week's probes failed (站点无法访问; new
/// media have no such veto, their ratio is shown only). "At risk" is one short of a veto count, a limit within the warning
/// days, or a failure share at the warning line.
/// Reasons are codes (<c>silentColumns:5</c>) that the page words in the user's language.
/// </summary>
public static class ChannelHealthRules
{
    public static ChannelHealth Assess(ChannelFacts channel, DateOnly asOf, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(thresholds);
        var columns = channel.Columns.Select(c => Column(c, asOf, thresholds)).ToList();
        var isPortalLike = channel.Kind is ChannelKind.Portal or ChannelKind.GovServiceSite;
        var days = channel.LastPostedOn is { } last ? asOf.DayNumber - last.DayNumber : (int?)null;
        var limit = isPortalLike ? thresholds.HomePageDays : thresholds.NewMediaDays;
        var status = Status(days, limit, thresholds.WarnDaysBefore);
        var reasons = new List<string>();
        var silentNews = columns.Count(c => c.Status is HealthStatus.Silent && c.Column.UpdateClass is UpdateClass.TwoWeeks or UpdateClass.SixMonths);
        var silent = columns.Count(c => c.Status is HealthStatus.Silent);
        var empty = columns.Count(c => c.Status is HealthStatus.Empty);

        var verdict = SiteVerdict.Pass;
        void Fail(string reason)
        {
            verdict = SiteVerdict.Fail;
            reasons.Add(reason);
        }

        void Risk(string reason)
        {
            if (verdict == SiteVerdict.Pass)
            {
                verdict = SiteVerdict.AtRisk;
            }

            reasons.Add(reason);
        }

        if (status is HealthStatus.Silent or HealthStatus.Empty)
        {
            Fail(isPortalLike ? "homePage" : "zombie");
        }
        else if (status == HealthStatus.Warning)
        {
            Risk(isPortalLike ? "homePageSoon" : "zombieSoon");
        }

        if (isPortalLike && channel.Availability is { } availability && thresholds.JudgesAvailability(availability))
        {
            var percent = availability.FailurePercent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            if (availability.FailurePercent >= thresholds.ProbeFailPercent)
            {
                Fail("unreachable:" + percent);
            }
            else if (availability.FailurePercent >= thresholds.ProbeWarnPercent)
            {
                Risk("unreachableSoon:" + percent);
            }
        }

        if (isPortalLike)
        {
            Check(silentNews, thresholds.VetoSilentColumns, "silentNews");
            Check(silent, thresholds.VetoStaleColumns, "silentColumns");
            Check(empty, thresholds.VetoEmptyColumns, "emptyColumns");
            if (verdict == SiteVerdict.Pass && columns.Any(c => c.Status == HealthStatus.Warning))
            {
                Risk("columnsSoon");
            }
        }

        return new ChannelHealth(channel, days, limit, status, columns, silentNews, silent, empty, verdict, reasons);

        void Check(int count, int veto, string code)
        {
            if (count >= veto)
            {
                Fail(code + ":" + count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (count == veto - 1)
            {
                Risk(code + ":" + count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static ColumnHealth Column(ColumnFacts column, DateOnly asOf, HealthThresholds thresholds)
    {
        var limit = thresholds.DaysFor(column.UpdateClass);
        if (column.LastPostedOn is not { } last)
        {
            return new ColumnHealth(column, null, limit, HealthStatus.Empty);
        }

        var days = asOf.DayNumber - last.DayNumber;
        return new ColumnHealth(column, days, limit, limit is { } l ? Status(days, l, thresholds.WarnDaysBefore) : HealthStatus.Ok);
    }

    private static HealthStatus Status(int? days, int limit, int warnBefore) => days switch
    {
        null => HealthStatus.Empty,
        var d when d > limit => HealthStatus.Silent,
        var d when d > limit - warnBefore => HealthStatus.Warning,
        _ => HealthStatus.Ok,
    };
}
