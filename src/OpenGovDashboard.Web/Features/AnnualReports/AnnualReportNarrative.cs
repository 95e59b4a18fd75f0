using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Channels;
using OpenGovDashboard.Web.Features.Publishing;
using OpenGovDashboard.Web.Features.Requests;
using OpenGovDashboard.Web.Features.Trainings;

namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>
/// Drafts section 一 (总体情况) of the annual report from the data, in the form's five sub-heads: postings by channel and
/// category, the named indicators, new-media accounts, requests and how they were handled, platform events (launches,
/// relaunches) and trainings. The text is Chinese whatever the UI language: it is the report's own language. Where the
/// data cannot speak (管理制度, 监督保障 beyond trainings), it leaves a bracketed prompt for the office to fill in.
/// </summary>
public sealed class AnnualReportNarrative(
    IDbContextFactory<DashboardDbContext> dbFactory,
    PublishingQueries publishing,
    ChannelQueries channels,
    TrainingQueries trainings,
    RequestQueries requests,
    OrgUnitDirectory units)
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    public async Task<NarrativeDraft> DraftAsync(int year, int orgUnitId, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var tree = await units.GetAsync(cancellationToken);
        var unit = tree.Find(orgUnitId)?.Name ?? "本机关";
        var isCounty = tree.Find(orgUnitId)?.ParentId is null;
        int? scopeUnit = isCounty ? null : orgUnitId;

        var byChannel = await publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.Channel, SummaryInterval.None, scopeUnit), cancellationToken);
        var byCategory = await publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.Category, SummaryInterval.None, scopeUnit), cancellationToken);
        var channelList = await channels.ListAsync(cancellationToken);
        var counts = byChannel.Groups.ToDictionary(g => g.Key, g => g.Count);
        int CountOf(ChannelListItem c) => counts.GetValueOrDefault(c.Id.ToString(CultureInfo.InvariantCulture));

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var indicators = await db.YearlyIndicators.AsNoTracking().Where(i => i.Year == year && i.OrgUnitId == orgUnitId)
            .ToDictionaryAsync(i => i.Key, i => i.Value, cancellationToken);

        var active = new StringBuilder("（一）主动公开。");
        var portals = channelList.Where(c => c.Kind == ChannelKind.Portal && CountOf(c) > 0).ToList();
        foreach (var portal in portals)
        {
            active.Append(Zh, $"{year}年，通过{portal.Name}发布信息{CountOf(portal)}条");
            var categories = byCategory.Groups
                .Where(g => g.Count > 0 && Enum.TryParse<ColumnCategory>(g.Key, ignoreCase: true, out _))
                .Select(g => (Category: Enum.Parse<ColumnCategory>(g.Key, ignoreCase: true), g.Count))
                .OrderBy(g => g.Category)
                .ToList();
            if (categories.Count > 0 && portals.Count == 1)
            {
                active.Append("。其中，").Append(string.Join("、", categories.Select(g => $"{CategoryWord(g.Category)}信息更新{g.Count}条")));
            }

            active.Append('。');
        }

        if (indicators.GetValueOrDefault(YearlyIndicatorKeys.NpcSuggestionsPublished) is { } npc && indicators.GetValueOrDefault(YearlyIndicatorKeys.CppccProposalsPublished) is { } cppcc)
        {
            active.Append(Zh, $"在政府门户网站主动公开了{N(npc)}件人大代表建议和{N(cppcc)}件政协委员提案的办理工作情况；");
        }

        var media = channelList.Where(c => c.Kind is ChannelKind.WeChat or ChannelKind.Weibo or ChannelKind.OtherNewMedia && CountOf(c) > 0).ToList();
        active.Append(string.Join("；", media.Select(c => c.Kind switch
        {
            ChannelKind.WeChat => $"在“{c.Name}”微信公众号发布信息{CountOf(c)}条",
            ChannelKind.Weibo => $"在“{c.Name}”新浪微博发布信息{CountOf(c)}条",
            _ => $"在“{c.Name}”主动发布信息{CountOf(c)}条",
        })));
        if (media.Count > 0)
        {
            active.Append('。');
        }

        foreach (var site in channelList.Where(c => c.Kind == ChannelKind.GovServiceSite && CountOf(c) > 0))
        {
            active.Append(Zh, $"在{site.Name}主动公开信息{CountOf(site)}条");
            active.Append(indicators.GetValueOrDefault(YearlyIndicatorKeys.ServiceGuideItems) is { } guides ? $"，各级各部门办事指南清单主动公开信息共计{N(guides)}条。" : "。");
        }

        var list = await requests.ListAsync(UnitScope.CountyWide, new RequestFilter(year, OrgUnitId: null), to, cancellationToken);
        var subtree = isCounty ? null : tree.SubtreeOf(orgUnitId);
        var mine = list.Where(r => subtree is null || subtree.Contains(r.OrgUnitId)).ToList();
        var received = mine.Where(r => r.Deadline.ReceivedOn.Year == year).ToList();
        var byChannelText = string.Join("，", received.GroupBy(r => r.Channel).OrderBy(g => g.Key).Select(g => $"{ChannelWord(g.Key)}申请{g.Count()}条"));
        var answered = mine.Where(r => r.AnsweredOn is { } on && on.Year == year).ToList();
        var resultText = string.Join("，", answered.GroupBy(r => r.Result).OrderBy(g => g.Key)
            .Select(g => $"{RequestStyles.Result(g.Key, new DateOnly(year, 12, 31))}{g.Count()}条"));
        var carried = mine.Count(r => r.Request.IsOpenAt(to));
        var cases = await db.ReviewCases.AsNoTracking().CountAsync(c => c.FiledOn >= from && c.FiledOn <= to && (subtree == null || subtree.Contains(c.OrgUnitId)), cancellationToken);
        var onDemand = new StringBuilder("（二）依申请公开。");
        onDemand.Append(Zh, $"{year}年，{unit}办理依申请公开政府信息共{received.Count}条");
        onDemand.Append(byChannelText.Length > 0 ? $"。其中{byChannelText}" : "").Append('。');
        if (resultText.Length > 0)
        {
            onDemand.Append("办理结果：").Append(resultText).Append('。');
        }

        onDemand.Append(carried == 0 ? "没有结转下年度办理情况，" : $"结转下年度继续办理{carried}条，");
        onDemand.Append(cases == 0 ? "没有因政府信息公开申请行政复议、提起行政诉讼情况。" : $"因政府信息公开被申请行政复议、提起行政诉讼共{cases}件（见第四部分）。");

        var management = new StringBuilder("（三）政府信息管理。【请补充本年度信息发布审核、保密审查等制度建设情况。】");
        if (indicators.GetValueOrDefault(YearlyIndicatorKeys.ExtranetUsers) is { } users)
        {
            management.Append(Zh, $"截至{year}年12月31日，电子政务外网注册用户{N(users)}个");
            management.Append(indicators.GetValueOrDefault(YearlyIndicatorKeys.ExtranetMobileUsers) is { } mobile ? $"，其中政务移动公文手机APP注册用户{N(mobile)}个。" : "。");
        }

        if (indicators.GetValueOrDefault(YearlyIndicatorKeys.ExtranetVillages) is { } villages)
        {
            management.Append(Zh, $"完成了{N(villages)}个村（居委会）电子政务外网接入开通的建设工作。");
        }

        var platform = new StringBuilder("（四）平台建设。");
        var events = channelList.SelectMany(c => c.Events.Where(e => e.OccurredOn.Year == year && e.Kind is ChannelEventKind.Relaunched or ChannelEventKind.Migrated)
            .Select(e => $"{c.Name}于{e.OccurredOn.Year}年{e.OccurredOn.Month}月{e.OccurredOn.Day}日{(e.Kind == ChannelEventKind.Relaunched ? "改版上线" : "完成迁移")}（{e.Description}）"));
        var opened = channelList.Where(c => c.LaunchedOn.Year == year && c.Kind is ChannelKind.WeChat or ChannelKind.Weibo or ChannelKind.OtherNewMedia)
            .Select(c => $"{c.LaunchedOn.Month}月开通了“{c.Name}”{(c.Kind == ChannelKind.Weibo ? "新浪微博" : c.Kind == ChannelKind.WeChat ? "微信公众号" : "")}");
        var platformFacts = events.Concat(opened).ToList();
        platform.Append(platformFacts.Count > 0 ? string.Join("；", platformFacts) + "。" : "【请补充本年度政府网站和政务新媒体建设情况。】");

        var summary = await trainings.SummaryAsync(year, cancellationToken);
        var trained = summary.ByKind.FirstOrDefault(k => k.Kind == TrainingKind.Training);
        var briefings = summary.ByKind.FirstOrDefault(k => k.Kind == TrainingKind.Briefing);
        var oversight = new StringBuilder("（五）监督保障。【请补充组织领导、考核评议和责任追究情况。】");
        if (summary.Sessions > 0)
        {
            oversight.Append(Zh, $"{year}年，共组织开展政务公开工作业务培训会{trained?.Sessions ?? 0}次");
            if (briefings is { Sessions: > 0 })
            {
                oversight.Append(Zh, $"，汇报会{briefings.Sessions}次");
            }

            oversight.Append(Zh, $"，培训{trained?.Attendees ?? 0}人次。");
        }

        return new NarrativeDraft(string.Join("\n", active, onDemand, management, platform, oversight));
    }

    /// <summary>
    /// What the tables and the data hold of each figure a narrative may quote (<see cref="NarrativeFigures"/>): tables 三/四
    /// of <paramref name="report"/>, the postings of the year by portal, channel and category, the named indicators and
    /// the trainings. A figure the data has nothing for is left out, so a narrative quoting it is not judged.
    /// </summary>
    public async Task<IReadOnlyDictionary<NarrativeFigure, IReadOnlyList<decimal>>> FactsAsync(AnnualReportData report, int orgUnitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = report.Year;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var tree = await units.GetAsync(cancellationToken);
        int? scopeUnit = tree.Find(orgUnitId)?.ParentId is null ? null : orgUnitId;
        var facts = NarrativeFigures.TableFacts(report);

        var byChannel = await publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.Channel, SummaryInterval.None, scopeUnit), cancellationToken);
        var byCategory = await publishing.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.Category, SummaryInterval.None, scopeUnit), cancellationToken);
        var portals = (await channels.ListAsync(cancellationToken)).Where(c => c.Kind == ChannelKind.Portal).Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var portalCounts = byChannel.Groups.Where(g => portals.Contains(g.Key) && g.Count > 0).Select(g => (decimal)g.Count).ToList();
        if (byChannel.Total > 0)
        {
            // "门户网站发布信息" may be one portal's or all portals'; "主动公开政府信息" the portals' or every channel's.
            facts[NarrativeFigure.PortalPostings] = [.. portalCounts.Append(portalCounts.Sum()).Distinct()];
            facts[NarrativeFigure.ProactivePostings] = [portalCounts.Sum(), byChannel.Total];
        }

        foreach (var (figure, category) in new[] { (NarrativeFigure.OverviewPostings, ColumnCategory.Overview), (NarrativeFigure.NewsPostings, ColumnCategory.News), (NarrativeFigure.CatalogPostings, ColumnCategory.DisclosureCatalog) })
        {
            if (byCategory.Total > 0)
            {
                facts[figure] = [byCategory.Groups.Where(g => string.Equals(g.Key, category.ToString(), StringComparison.OrdinalIgnoreCase)).Sum(g => (decimal)g.Count)];
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var indicators = await db.YearlyIndicators.AsNoTracking().Where(i => i.Year == year && i.OrgUnitId == orgUnitId && i.Value != null)
            .ToDictionaryAsync(i => i.Key, i => i.Value!.Value, cancellationToken);
        foreach (var (figure, key) in IndicatorFigures)
        {
            if (indicators.TryGetValue(key, out var value))
            {
                facts[figure] = [value];
            }
        }

        // The training register's figures are county-wide: only the county's own report is judged on them.
        var trainingSummary = await trainings.SummaryAsync(year, cancellationToken);
        if (scopeUnit is null && trainingSummary.ByKind.FirstOrDefault(k => k.Kind == TrainingKind.Training) is { Sessions: > 0 } trained)
        {
            facts[NarrativeFigure.TrainingSessions] = [trained.Sessions];
            facts[NarrativeFigure.TrainingAttendees] = [trained.Attendees, trainingSummary.Attendees];
        }

        return facts;
    }

    /// <summary>The narrative figures that are named yearly indicators.</summary>
    public static IReadOnlyList<(NarrativeFigure Figure, string Key)> IndicatorFigures { get; } =
    [
        (NarrativeFigure.NpcSuggestions, YearlyIndicatorKeys.NpcSuggestionsPublished),
        (NarrativeFigure.CppccProposals, YearlyIndicatorKeys.CppccProposalsPublished),
        (NarrativeFigure.ServiceGuideItems, YearlyIndicatorKeys.ServiceGuideItems),
        (NarrativeFigure.ExtranetUsers, YearlyIndicatorKeys.ExtranetUsers),
        (NarrativeFigure.ExtranetMobileUsers, YearlyIndicatorKeys.ExtranetMobileUsers),
        (NarrativeFigure.ExtranetVillages, YearlyIndicatorKeys.ExtranetVillages),
    ];

    /// <summary>
    /// Section 六's first draft: in 2021-form years the 信息处理费 sentence from the fees the register recorded in the year
    /// (<see cref="SectionSixText"/>), else "无。".
    /// </summary>
    public async Task<string> SectionSixAsync(int year, int orgUnitId, CancellationToken cancellationToken)
    {
        var (requestsCharged, amountYuan) = await FeesAsync(year, orgUnitId, cancellationToken);
        return SectionSixText.Draft(year, requestsCharged, amountYuan);
    }

    /// <summary>The 信息处理费 charged in the year (收取信息处理费 steps dated in it) by the unit and its sub-units: how many requests, how much.</summary>
    public async Task<(int RequestsCharged, decimal AmountYuan)> FeesAsync(int year, int orgUnitId, CancellationToken cancellationToken)
    {
        var tree = await units.GetAsync(cancellationToken);
        var subtree = tree.Find(orgUnitId)?.ParentId is null ? null : tree.SubtreeOf(orgUnitId).ToList();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fees = await db.RequestSteps.AsNoTracking()
            .Where(s => s.Kind == RequestStepKind.FeeCharged && s.On >= from && s.On <= to)
            .Join(db.Requests.AsNoTracking(), s => s.RequestId, r => r.Id, (s, r) => new { s.RequestId, s.AmountFen, r.HandlingOrgUnitId })
            .Where(f => subtree == null || subtree.Contains(f.HandlingOrgUnitId))
            .ToListAsync(cancellationToken);
        return (fees.Select(f => f.RequestId).Distinct().Count(), fees.Sum(f => f.AmountFen ?? 0) / 100m);
    }

    /// <summary>The text of a report nothing has been saved for: section 一 drafted, 五 a prompt, 六 drafted.</summary>
    public async Task<ReportSections> FirstDraftAsync(int year, int orgUnitId, string fivePrompt, CancellationToken cancellationToken) =>
        new((await DraftAsync(year, orgUnitId, cancellationToken)).SectionOne, fivePrompt, await SectionSixAsync(year, orgUnitId, cancellationToken));

    /// <summary>The categories as the report words them (the report is Chinese whatever the UI language).</summary>
    private static string CategoryWord(ColumnCategory category) => category switch
    {
        ColumnCategory.Overview => "概况类",
        ColumnCategory.News => "政务动态",
        ColumnCategory.DisclosureCatalog => "信息公开目录",
        ColumnCategory.Interaction => "互动交流",
        ColumnCategory.Service => "在线服务",
        _ => "其他",
    };

    private static string ChannelWord(ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.Online => "网络",
        ReceiptChannel.Letter => "信函",
        ReceiptChannel.InPerson => "当面",
        ReceiptChannel.Fax => "传真",
        ReceiptChannel.Email => "电子邮件",
        _ => "其他",
    };

    private static string N(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The drafted text of section 一, one sub-head per line.</summary>
public sealed record NarrativeDraft(string SectionOne);
