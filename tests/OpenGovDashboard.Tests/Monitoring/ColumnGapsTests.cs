using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>A column's history of gaps: measured like the health rule (15 days over a 14-day limit), from before the period, open to the day.</summary>
public sealed class ColumnGapsTests
{
    private static readonly DateOnly AsOf = new(2019, 12, 31);
    private static readonly DateOnly From = new(2019, 1, 1);

    [Fact]
    public void TheLongestGapsComeFirstAndOnlyThoseOverTheLimitCount()
    {
        DateOnly[] days = [new(2019, 1, 10), new(2019, 1, 24), new(2019, 2, 8), new(2019, 2, 9), new(2019, 12, 1)];
        var history = ColumnGaps.Assess(7, "要闻动态", days, new DateOnly(2018, 12, 20), From, AsOf, 14, 3);

        Assert.Equal((5, 4), (history.PostingDays, history.OverLimit));
        Assert.Equal(
            [
                new ColumnGap(new DateOnly(2019, 2, 9), new DateOnly(2019, 12, 1), 295, true),
                new ColumnGap(new DateOnly(2019, 12, 1), null, 30, true),
                new ColumnGap(new DateOnly(2018, 12, 20), new DateOnly(2019, 1, 10), 21, true),
            ],
            history.Longest);
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void AGapIsOverItsLimitOnlyPastIt(int days, bool over)
    {
        var history = ColumnGaps.Assess(1, "栏目", [AsOf.AddDays(-days), AsOf], null, From, AsOf, 14, 5);
        Assert.Equal(over, Assert.Single(history.Longest).OverLimit);
    }

    [Fact]
    public void AColumnThatNeverPostedHasNoGapsAndOneWithoutALimitIsNeverOver()
    {
        Assert.Empty(ColumnGaps.Assess(1, "空白栏目", [], null, From, AsOf, 14, 5).Longest);
        var onChange = ColumnGaps.Assess(2, "机构概况", [new DateOnly(2019, 1, 2)], null, From, AsOf, null, 5);
        Assert.Equal((0, 363), (onChange.OverLimit, onChange.Longest.Single().Days));
    }
}
