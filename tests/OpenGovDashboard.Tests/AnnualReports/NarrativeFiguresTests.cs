using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>Figures quoted in a report's narrative, found by their phrases and compared with the tables: warnings, never failures.</summary>
public sealed class NarrativeFiguresTests
{
    /// <summary>The reference report's tables: 7 requests received, 6 disclosed, 1 partly, none carried over, no reviews or suits.</summary>
    private static readonly AnnualReportData Luodian2019 = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianReference);

    /// <summary>Section 一 of the reference report as its PDF gives it (line breaks inside sentences, half-width brackets).</summary>
    private const string LuodianSectionOne = """
        (一)主动公开。2019年,通过县政府门户网站发布信息10621条。其中,概况类信息更新1154条、政务动态信息更新4820
        条、信息公开目录信息更新4647条。在县政府门户网站主动公开了79件人大代表建议和59件政协委员提案的办理工作情况;
        各级各部门办事指南清单主动公开信息共计7868条。
        (二)依申请公开。2019年,县人民政府及其职能部门办理依申请公开政府信息
        共7条。其中网络申请4条,信函申请3条,依法、准确、及时的予以全部公开6条,同意部分公开1条,
        办结率达100%,没有转结下年度办理情况,没有收到因政府信息公开申请行政复议、提起行政诉讼情况。
        截至2019年12月31日,我县电子政务外网注册用户1372个,其中政务移动公文手机APP注册用户1259个。完成了罗甸
        县184个村(居委会)电子政务外网接入开通的建设工作。
        2019年,共组织开展政务公开工作业务培训会2次,汇报会1次,培训150余人次。
        """;

    [Fact]
    public void TheReferenceNarrativeQuotesEveryFigureItsTablesAndIndicatorsHold()
    {
        var found = NarrativeFigures.Extract(LuodianSectionOne);

        Assert.Equal(new Dictionary<NarrativeFigure, decimal>
        {
            [NarrativeFigure.PortalPostings] = 10621, [NarrativeFigure.OverviewPostings] = 1154, [NarrativeFigure.NewsPostings] = 4820,
            [NarrativeFigure.CatalogPostings] = 4647, [NarrativeFigure.NpcSuggestions] = 79, [NarrativeFigure.CppccProposals] = 59,
            [NarrativeFigure.ServiceGuideItems] = 7868, [NarrativeFigure.RequestsReceived] = 7, [NarrativeFigure.RequestsDisclosed] = 6,
            [NarrativeFigure.RequestsPartiallyDisclosed] = 1, [NarrativeFigure.RequestsCarriedOver] = 0, [NarrativeFigure.Reviews] = 0,
            [NarrativeFigure.Litigation] = 0, [NarrativeFigure.ExtranetUsers] = 1372, [NarrativeFigure.ExtranetMobileUsers] = 1259,
            [NarrativeFigure.ExtranetVillages] = 184, [NarrativeFigure.TrainingSessions] = 2,
        }.OrderBy(p => p.Key), found.OrderBy(p => p.Key));

        // "培训150余人次" is approximate: not a figure to store, but 153 agrees with it and 149 does not.
        var attendees = Assert.Single(NarrativeFigures.Find(LuodianSectionOne), q => q.Figure == NarrativeFigure.TrainingAttendees);
        Assert.True(attendees.Approximate);
        Assert.True(attendees.Agrees(153));
        Assert.False(attendees.Agrees(149));
        Assert.False(attendees.Agrees(160));
    }

    [Fact]
    public void SentencesThatAgreeWithTheTablesGiveNoWarning()
    {
        var warnings = NarrativeFigures.Check([("一", LuodianSectionOne)], NarrativeFigures.TableFacts(Luodian2019));

        Assert.Empty(warnings);
    }

    [Fact]
    public void ANarrativeThatSaysTwelveRequestsWhereTableThreeCountsSevenIsWarnedNamingThePhraseAndTheTablesFigure()
    {
        var warnings = NarrativeFigures.Check(
            [("一", "2019年，共收到政府信息公开申请12件，予以公开6件。"), ("五", "结转下年度继续办理2件。")],
            NarrativeFigures.TableFacts(Luodian2019));

        Assert.Equal(2, warnings.Count);
        var received = warnings[0];
        Assert.Equal(("一", NarrativeFigure.RequestsReceived, 12m, "收到政府信息公开申请12件"), (received.Section, received.Quote.Figure, received.Quote.Value, received.Quote.Phrase));
        Assert.Equal([7m], received.Expected);
        Assert.Equal(("五", NarrativeFigure.RequestsCarriedOver, 2m, 0m), (warnings[1].Section, warnings[1].Quote.Figure, warnings[1].Quote.Value, Assert.Single(warnings[1].Expected)));
    }

    [Fact]
    public void ProactiveDisclosureAgreesWithEitherThePortalsPostingsOrEveryChannelsAndIsWarnedOtherwise()
    {
        var facts = new Dictionary<NarrativeFigure, IReadOnlyList<decimal>> { [NarrativeFigure.ProactivePostings] = [10621m, 13959m] };

        Assert.Empty(NarrativeFigures.Check([("一", "全年主动公开政府信息13959条。")], facts));
        Assert.Empty(NarrativeFigures.Check([("一", "全年主动公开政府信息 10,621 条。")], facts));
        var warning = Assert.Single(NarrativeFigures.Check([("一", "全年主动公开政府信息１０６２０条。")], facts));
        Assert.Equal(10620m, warning.Quote.Value);
    }

    [Fact]
    public void TextThatQuotesNoKnownFigureGivesNoWarningAndAFigureWithoutDataIsNotJudged()
    {
        var facts = NarrativeFigures.TableFacts(Luodian2019);

        Assert.Empty(NarrativeFigures.Find("一是政务公开队伍建设有待加强；二是政策解读与文件同步发布还不到位。2020年将加强培训。"));
        Assert.Empty(NarrativeFigures.Check([("六", "无。"), ("五", null)], facts));

        // 办事指南 is a named indicator, not a table cell: without the data there is nothing to compare.
        Assert.Empty(NarrativeFigures.Check([("一", "办事指南清单主动公开信息共计9999条。")], facts));
    }

    [Fact]
    public void AWeChatAccountNamedLikeThePortalIsNotReadAsThePortal()
    {
        var quotes = NarrativeFigures.Find("在“罗甸县人民政府网”微信公众号发布信息115条；通过罗甸县人民政府门户网站发布信息10621条。");

        Assert.Equal((NarrativeFigure.PortalPostings, 10621m), (Assert.Single(quotes).Figure, quotes[0].Value));
    }

    [Fact]
    public void ReviewsAndSuitsQuotedTogetherAreComparedWithTheirSumNotReadTwice()
    {
        var quotes = NarrativeFigures.Find("因政府信息公开被申请行政复议、提起行政诉讼共3件。");

        Assert.Equal((NarrativeFigure.ReviewsAndLitigation, 3m), (Assert.Single(quotes).Figure, quotes[0].Value));
        var warning = Assert.Single(NarrativeFigures.Check([("一", "因政府信息公开被申请行政复议、提起行政诉讼共3件。")], NarrativeFigures.TableFacts(Luodian2019)));
        Assert.Equal([0m], warning.Expected);
    }
}
