using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>The 19号 thresholds at their edges (docs/domain.md §3): 14 vs 15 days, six months, and the veto counts 4 vs 5.</summary>
public sealed class ChannelHealthRulesTests
{
    private static readonly DateOnly AsOf = new(2019, 12, 31);

    private static ColumnFacts Column(int id, UpdateClass updateClass, int? daysSilent) =>
        new(id, $"栏目{id}", updateClass, daysSilent is { } d ? AsOf.AddDays(-d) : null);

    private static ChannelHealth Portal(params ColumnFacts[] columns) =>
        ChannelHealthRules.Assess(new ChannelFacts(1, "门户网站", ChannelKind.Portal, new DateOnly(2010, 1, 1), AsOf, columns), AsOf, HealthThresholds.Default);

    [Theory]
    [InlineData(UpdateClass.TwoWeeks, 11, HealthStatus.Ok)]
    [InlineData(UpdateClass.TwoWeeks, 12, HealthStatus.Warning)]
    [InlineData(UpdateClass.TwoWeeks, 14, HealthStatus.Warning)] // two weeks exactly still counts as updated
    [InlineData(UpdateClass.TwoWeeks, 15, HealthStatus.Silent)]
    [InlineData(UpdateClass.SixMonths, 183, HealthStatus.Warning)]
    [InlineData(UpdateClass.SixMonths, 184, HealthStatus.Silent)]
    [InlineData(UpdateClass.OneYear, 366, HealthStatus.Silent)]
    [InlineData(UpdateClass.OnChange, 3000, HealthStatus.Ok)]
    [InlineData(UpdateClass.TwoWeeks, null, HealthStatus.Empty)]
    public void AColumnIsSilentOnlyPastItsClassesLimit(UpdateClass updateClass, int? daysSilent, HealthStatus expected) =>
        Assert.Equal(expected, Portal(Column(1, updateClass, daysSilent)).Columns.Single().Status);

    [Fact]
    public void FourSilentNewsColumnsPutTheSiteAtRiskAndFiveFailIt()
    {
        var four = Portal([.. Enumerable.Range(1, 4).Select(i => Column(i, UpdateClass.TwoWeeks, 20)), Column(9, UpdateClass.TwoWeeks, 1)]);
        var five = Portal([.. Enumerable.Range(1, 5).Select(i => Column(i, i % 2 == 0 ? UpdateClass.SixMonths : UpdateClass.TwoWeeks, i % 2 == 0 ? 200 : 20))]);
        Assert.Equal((SiteVerdict.AtRisk, 4), (four.Verdict, four.SilentNewsOrNotices));
        Assert.Equal((SiteVerdict.Fail, 5), (five.Verdict, five.SilentNewsOrNotices));
        Assert.Contains("silentNews:5", five.Reasons);
    }

    [Fact]
    public void TenSilentColumnsOfAnyClassOrFiveEmptyOnesFailTheSite()
    {
        var nine = Portal([.. Enumerable.Range(1, 9).Select(i => Column(i, UpdateClass.OneYear, 400))]);
        var ten = Portal([.. Enumerable.Range(1, 10).Select(i => Column(i, UpdateClass.OneYear, 400))]);
        var empty = Portal([.. Enumerable.Range(1, 5).Select(i => Column(i, UpdateClass.OnChange, null))]);
        Assert.Equal(SiteVerdict.AtRisk, nine.Verdict);
        Assert.Equal(SiteVerdict.Fail, ten.Verdict);
        Assert.Equal((SiteVerdict.Fail, 5), (empty.Verdict, empty.EmptyColumns));
    }

    [Theory]
    [InlineData(14, SiteVerdict.AtRisk)]
    [InlineData(15, SiteVerdict.Fail)]
    [InlineData(3, SiteVerdict.Pass)]
    public void ANewMediaAccountSilentMoreThanTwoWeeksIsAZombie(int daysSilent, SiteVerdict expected)
    {
        var account = ChannelHealthRules.Assess(
            new ChannelFacts(2, "罗甸微政事", ChannelKind.Weibo, new DateOnly(2019, 7, 1), AsOf.AddDays(-daysSilent), []), AsOf, HealthThresholds.Default);
        Assert.Equal((expected, daysSilent), (account.Verdict, account.DaysSilent!.Value));
        if (expected == SiteVerdict.Fail)
        {
            Assert.Equal(["zombie"], account.Reasons);
        }
    }

    [Fact]
    public void APortalWithNothingNewForTwoWeeksFailsOnItsHomePage()
    {
        var stale = ChannelHealthRules.Assess(new ChannelFacts(1, "门户网站", ChannelKind.Portal, new DateOnly(2010, 1, 1), AsOf.AddDays(-15), []), AsOf, HealthThresholds.Default);
        Assert.Equal(SiteVerdict.Fail, stale.Verdict);
        Assert.Contains("homePage", stale.Reasons);
    }

    [Theory]
    [InlineData(133, 7, SiteVerdict.Fail, "unreachable:5")] // 5 % exactly is the veto line (≥ 5 %)
    [InlineData(134, 6, SiteVerdict.AtRisk, "unreachableSoon:4.3")]
    [InlineData(196, 4, SiteVerdict.Pass, null)]
    [InlineData(19, 1, SiteVerdict.Pass, null)] // 20 probes are 20 for a day, not for a week: too few to judge
    [InlineData(120, 19, SiteVerdict.Pass, null)] // 139: one short of 20 a day for 7 days
    public void AWebsiteFailsWhenFivePercentOfTheWeeksProbesFailed(int ok, int failed, SiteVerdict expected, string? reason)
    {
        var site = ChannelHealthRules.Assess(
            new ChannelFacts(1, "门户网站", ChannelKind.Portal, new DateOnly(2010, 1, 1), AsOf, [], new AvailabilityFacts(ok + failed, failed)), AsOf, HealthThresholds.Default);
        Assert.Equal(expected, site.Verdict);
        Assert.Equal(reason is null ? [] : [reason], site.Reasons);
    }

    [Fact]
    public void TheProbesAWindowNeedsAreTwentyADayForItsDays()
    {
        Assert.Equal(140, HealthThresholds.Default.ProbeMinSamplesInWindow);
        Assert.Equal(60, (HealthThresholds.Default with { ProbeWindowDays = 3 }).ProbeMinSamplesInWindow);
        Assert.True(HealthThresholds.Default.JudgesAvailability(new AvailabilityFacts(140, 0)));
        Assert.False(HealthThresholds.Default.JudgesAvailability(new AvailabilityFacts(139, 139)));
    }

    [Fact]
    public void ANewMediaAccountHasNoAvailabilityVeto()
    {
        var account = ChannelHealthRules.Assess(
            new ChannelFacts(2, "罗甸微政事", ChannelKind.Weibo, new DateOnly(2019, 1, 1), AsOf, [], new AvailabilityFacts(100, 50)), AsOf, HealthThresholds.Default);
        Assert.Equal(SiteVerdict.Pass, account.Verdict);
    }
}
