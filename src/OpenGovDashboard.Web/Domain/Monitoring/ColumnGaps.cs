namespace OpenGovDashboard.Web.Domain.Monitoring;

/// <summary>
/// 更新间隔 — the days between two consecutive posting days of a column (or a whole channel): silent
/// <see cref="Days"/> days when the second posting came, judged as <see cref="ChannelHealthRules"/> judges a day. An open
/// gap (<see cref="To"/> null) runs from the last posting to the day of the view.
/// </summary>
public sealed record ColumnGap(DateOnly From, DateOnly? To, int Days, bool OverLimit);

/// <summary>A column's gaps over a period: the longest ones, how many went over its limit, and how many days it posted.</summary>
public sealed record GapHistory(int? ColumnId, string Name, int? Limit, int PostingDays, int OverLimit, IReadOnlyList<ColumnGap> Longest);

public static class ColumnGaps
{
    /// <summary>
    /// The gaps of the posting days (postings on consecutive days leave none: a one-day step is not listed) within [<paramref name="from"/>, <paramref name="asOf"/>], the first measured from
    /// <paramref name="before"/> (the last posting day before the period) when there is one, the last left open to the day.
    /// </summary>
    public static GapHistory Assess(
        int? columnId, string name, IEnumerable<DateOnly> postingDays, DateOnly? before, DateOnly from, DateOnly asOf, int? limit, int take)
    {
        ArgumentNullException.ThrowIfNull(postingDays);
        var days = postingDays.Where(d => d >= from && d <= asOf).Distinct().Order().ToList();
        var gaps = new List<ColumnGap>();
        var last = before;
        foreach (var day in days)
        {
            if (last is { } previous)
            {
                gaps.Add(Gap(previous, day, day.DayNumber - previous.DayNumber, limit));
            }

            last = day;
        }

        if (last is { } end && end < asOf)
        {
            gaps.Add(Gap(end, null, asOf.DayNumber - end.DayNumber, limit));
        }

        return new GapHistory(columnId, name, limit, days.Count, gaps.Count(g => g.OverLimit),
            [.. gaps.Where(g => g.Days > 1).OrderByDescending(g => g.Days).ThenByDescending(g => g.From).Take(take)]);
    }

    private static ColumnGap Gap(DateOnly from, DateOnly? to, int days, int? limit) => new(from, to, days, limit is { } l && days > l);
}
