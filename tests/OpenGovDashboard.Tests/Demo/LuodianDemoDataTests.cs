using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Tests.Demo;

/// <summary>The demo must reproduce the reference report (罗甸县 2019, docs/domain.md §0) exactly.</summary>
public sealed class LuodianDemoDataTests
{
    private static readonly IReadOnlyList<OrgUnit> Units = LuodianDemoData.BuildOrgUnits();
    private static readonly IReadOnlyList<Channel> Channels = LuodianDemoData.BuildChannels(Units);
    private static readonly IReadOnlyList<DemoPosting> Postings = LuodianDemoData.BuildPostings();

    [Theory]
    [InlineData("罗甸县人民政府门户网站", 10621)]
    [InlineData("罗甸县人民政府网", 115)]
    [InlineData("山水湖城·玉都罗甸", 2157)]
    [InlineData("聚焦罗甸", 768)]
    [InlineData("罗甸微政事", 103)]
    [InlineData("贵州政务服务网罗甸县站点", 195)]
    public void PostingsPerChannelEqualTheReport(string channel, int expected) =>
        Assert.Equal(expected, Postings.Count(p => p.Channel == channel));

    [Theory]
    [InlineData(ColumnCategory.Overview, 1154)]
    [InlineData(ColumnCategory.News, 4820)]
    [InlineData(ColumnCategory.DisclosureCatalog, 4647)]
    public void PortalPostingsPerCategoryEqualTheReport(ColumnCategory category, int expected)
    {
        var portal = Channels.Single(c => c.Kind == ChannelKind.Portal);
        var columns = portal.Columns.Where(c => c.Category == category).Select(c => c.Name).ToHashSet();
        Assert.True(columns.Count >= 3, $"the demo needs several realistic columns in {category}");
        Assert.Equal(expected, Postings.Count(p => p.Channel == portal.Name && p.Column is not null && columns.Contains(p.Column)));
    }

    [Fact]
    public void ChannelKindsAndNamesAreThoseOfTheReport()
    {
        Assert.Equal(Channels.Count, Channels.Select(c => c.Name).Distinct().Count());
        Assert.Equal(ChannelKind.WeChat, Channels.Single(c => c.Name == "罗甸县人民政府网").Kind);
        Assert.Equal(ChannelKind.WeChat, Channels.Single(c => c.Name == "山水湖城·玉都罗甸").Kind);
        Assert.Equal(ChannelKind.OtherNewMedia, Channels.Single(c => c.Name == "聚焦罗甸").Kind);
        Assert.Equal(ChannelKind.Weibo, Channels.Single(c => c.Name == "罗甸微政事").Kind);
        Assert.Equal(ChannelKind.GovServiceSite, Channels.Single(c => c.Name == "贵州政务服务网罗甸县站点").Kind);
        Assert.NotEqual("罗甸县人民政府网", Channels.Single(c => c.Kind == ChannelKind.Portal).Name);
    }

    [Fact]
    public void NewAccountsOpenWhenTheReportSaysAndPostNothingBefore()
    {
        Assert.Equal(new DateOnly(2019, 6, 1), FirstOfMonth(Channels.Single(c => c.Name == "罗甸县人民政府网").LaunchedOn));
        Assert.Equal(new DateOnly(2019, 7, 1), FirstOfMonth(Channels.Single(c => c.Name == "罗甸微政事").LaunchedOn));
        var launched = Channels.ToDictionary(c => c.Name, c => c.LaunchedOn);
        Assert.All(Postings, p => Assert.True(p.PublishedOn >= launched[p.Channel], $"{p.ExternalId} on {p.PublishedOn} precedes {p.Channel}"));
    }

    [Fact]
    public void PortalRelaunchOnSixthOfNovemberIsAnEventNotTheFirstLaunch()
    {
        var portal = Channels.Single(c => c.Kind == ChannelKind.Portal);
        Assert.True(portal.LaunchedOn < new DateOnly(2019, 1, 1));
        Assert.Contains(portal.Events, e => e.Kind == ChannelEventKind.Relaunched && e.OccurredOn == new DateOnly(2019, 11, 6));
    }

    [Fact]
    public void EveryPostingFallsInTheReferenceYearOnItsShanghaiDay()
    {
        Assert.All(Postings, p =>
        {
            Assert.Equal(2019, p.PublishedOn.Year);
            Assert.Equal(p.PublishedOn, ShanghaiTime.ToShanghaiDate(p.PublishedAtUtc));
        });
    }

    [Fact]
    public void NoTwoWeekColumnOrNewMediaAccountIsSilentForMoreThanFourteenDays()
    {
        var portal = Channels.Single(c => c.Kind == ChannelKind.Portal);
        var freshColumns = portal.Columns.Where(c => c.UpdateClass == UpdateClass.TwoWeeks).Select(c => c.Name).ToList();
        Assert.NotEmpty(freshColumns);
        var streams = freshColumns.Select(c => (Name: c, Days: Postings.Where(p => p.Column == c).Select(p => p.PublishedOn)))
            .Concat(Channels.Where(c => c.Kind is ChannelKind.WeChat or ChannelKind.Weibo or ChannelKind.OtherNewMedia)
                .Select(c => (Name: c.Name, Days: Postings.Where(p => p.Channel == c.Name).Select(p => p.PublishedOn))));
        foreach (var (name, days) in streams)
        {
            var launched = Channels.Single(c => c.Name == name || c.Columns.Any(col => col.Name == name)).LaunchedOn;
            var start = launched > new DateOnly(2019, 1, 1) ? launched : new DateOnly(2019, 1, 1);
            var marks = days.Distinct().Order().Prepend(start.AddDays(-1)).Append(new DateOnly(2020, 1, 1)).ToList();
            var longest = marks.Zip(marks.Skip(1), (a, b) => b.DayNumber - a.DayNumber - 1).Max();
            Assert.True(longest <= 14, $"{name} is silent for {longest} days");
        }
    }

    [Fact]
    public void PostingsAreSpreadOverManyDepartmentsAndTownships()
    {
        var authors = Postings.Where(p => p.Channel == LuodianDemoData.Portal).GroupBy(p => p.OrgUnit).ToList();
        Assert.True(authors.Count >= 25, $"only {authors.Count} units post on the portal");
        Assert.All(Postings, p => Assert.Contains(Units, u => u.Name == p.OrgUnit));
    }

    [Fact]
    public void GenerationIsDeterministicAndKeysAreUnique()
    {
        var again = LuodianDemoData.BuildPostings();
        Assert.Equal(Postings, again);
        Assert.Equal(Postings.Count, Postings.Select(p => p.ExternalId).Distinct().Count());
        Assert.Equal(Postings.Count, Postings.Select(p => p.Url).Distinct().Count());
    }

    [Fact]
    public void TrainingsAreTwoTrainingsOfAbout150AttendeesAndOneBriefing()
    {
        var trainings = LuodianDemoData.BuildTrainings().Select(t => t.Session).ToList();
        Assert.Equal(2, trainings.Count(t => t.Kind == TrainingKind.Training));
        Assert.Equal(1, trainings.Count(t => t.Kind == TrainingKind.Briefing));
        Assert.InRange(trainings.Where(t => t.Kind == TrainingKind.Training).Sum(t => t.Attendees), 150, 159);
        Assert.All(trainings, t => Assert.Equal(2019, t.HeldOn.Year));
    }

    [Fact]
    public void OrgUnitsFormOneTreeUnderTheCountyGovernment()
    {
        var root = Assert.Single(Units, u => u.Parent is null);
        Assert.Equal("罗甸县人民政府", root.Name);
        Assert.Contains(Units, u => u.Kind == OrgUnitKind.Township);
        Assert.True(Units.Count(u => u.Kind == OrgUnitKind.Department) >= 20);
        Assert.Equal(Units.Count, Units.Select(u => u.Name).Distinct().Count());
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
