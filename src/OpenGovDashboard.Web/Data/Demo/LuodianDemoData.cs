using System.Globalization;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>
/// 罗甸县 2019 — the county of the reference report (docs/domain.md §0) as demo data: its units, channels,
/// portal columns, and postings whose counts equal the report per channel and per column category.
/// Everything is generated from a fixed seed, so every install shows the same county.
/// </summary>
public static class LuodianDemoData
{
    public const int Year = 2019;
    public const string County = "罗甸县人民政府";
    public const string CountyOffice = "罗甸县人民政府办公室";
    public const string EGovCentre = "罗甸县电子政务中心";
    public const string Portal = "罗甸县人民政府门户网站";
    public const string GovWeChat = "罗甸县人民政府网";
    public const string CityWeChat = "山水湖城·玉都罗甸";
    public const string NewsClient = "聚焦罗甸";
    public const string Weibo = "罗甸微政事";
    public const string GovServiceSite = "贵州政务服务网罗甸县站点";
    public const string MediaCentre = "罗甸县融媒体中心";
    public const string Tourism = "罗甸县文体广电旅游局";
    public const string Investment = "罗甸县投资促进局";
    public const string HumanResources = "罗甸县人力资源和社会保障局";
    public const string Development = "罗甸县发展和改革局";
    public const string GovServiceCentre = "罗甸县政务服务中心";

    /// <summary>The demo believes it is the last day of the reference year.</summary>
    public static readonly DateOnly PinnedToday = new(2019, 12, 31);

    private const int Seed = 20191231;

    private static readonly DateOnly YearStart = new(Year, 1, 1);

    private static readonly string[] Departments =
    [
        Development, "罗甸县教育局", "罗甸县公安局", "罗甸县民政局", "罗甸县司法局", "罗甸县财政局", HumanResources,
        "罗甸县自然资源局", "罗甸县住房和城乡建设局", "罗甸县交通运输局", "罗甸县水务局", "罗甸县农业农村局",
        "罗甸县商务局", Tourism, "罗甸县卫生健康局", "罗甸县应急管理局", "罗甸县市场监督管理局", "罗甸县医疗保障局",
        "罗甸县统计局", "罗甸县林业局", "罗甸县扶贫开发办公室", "罗甸县生态移民局", Investment, GovServiceCentre,
        MediaCentre,
    ];

    private static readonly string[] Townships =
    [
        "龙坪镇", "斛兴街道", "边阳镇", "沫阳镇", "逢亭镇", "茂井镇", "罗悃镇", "红水河镇", "木引镇", "沟亭乡", "董架乡",
    ];

    private static readonly string[] Topics =
    [
        "脱贫攻坚", "安全生产", "森林防火", "扫黑除恶专项斗争", "营商环境优化", "防汛抗旱", "农村人居环境整治", "易地扶贫搬迁后续扶持",
        "禁毒宣传", "民族团结进步创建", "文明城市创建", "政务公开", "“不忘初心、牢记使命”主题教育", "农村产业结构调整", "消防安全",
        "食品药品安全", "疫情防控演练", "就业创业", "义务教育控辍保学", "基层党建",
    ];

    /// <summary>The county's units: the government, its office (with the e-government centre), departments and townships.</summary>
    public static IReadOnlyList<OrgUnit> BuildOrgUnits()
    {
        var county = new OrgUnit { Name = County, Kind = OrgUnitKind.CountyGovernment, IsDemo = true };
        var office = Unit(CountyOffice, OrgUnitKind.Department, county, 0);
        var units = new List<OrgUnit> { county, office, Unit(EGovCentre, OrgUnitKind.Department, office, 0) };
        units.AddRange(Departments.Select((name, i) => Unit(name, OrgUnitKind.Department, county, i + 1)));
        units.AddRange(Townships.Select((name, i) => Unit(name, OrgUnitKind.Township, county, 100 + i)));
        return units;
    }

    /// <summary>The channels of the report with their columns; owners are looked up among <paramref name="units"/>.</summary>
    public static IReadOnlyList<Channel> BuildChannels(IReadOnlyList<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        OrgUnit Owner(string name) => units.Single(u => u.Name == name);

        var portal = new Channel
        {
            Name = Portal,
            Kind = ChannelKind.Portal,
            OwnerOrgUnit = Owner(EGovCentre),
            LaunchedOn = new DateOnly(2009, 1, 1), // not in the report: the demo's choice
            IsDemo = true,
            Events =
            [
                new ChannelEvent
                {
                    OccurredOn = new DateOnly(2019, 11, 6),
                    Kind = ChannelEventKind.Relaunched,
                    Description = "新版政府门户网站正式上线启用，迁移至中国·贵州云平台",
                },
            ],
        };
        portal.Columns.AddRange(Streams.Where(s => s.Channel == Portal).Select((s, i) => new Column
        {
            Name = s.Column!,
            Category = s.Category!.Value,
            UpdateClass = s.UpdateClass!.Value,
            SortOrder = i,
            IsDemo = true,
        }));

        return
        [
            portal,
            NewMedia(GovWeChat, ChannelKind.WeChat, Owner(EGovCentre), LaunchDates[GovWeChat]),
            NewMedia(CityWeChat, ChannelKind.WeChat, Owner(MediaCentre), LaunchDates[CityWeChat]),
            NewMedia(NewsClient, ChannelKind.OtherNewMedia, Owner(MediaCentre), LaunchDates[NewsClient]),
            NewMedia(Weibo, ChannelKind.Weibo, Owner(EGovCentre), LaunchDates[Weibo]),
            NewMedia(GovServiceSite, ChannelKind.GovServiceSite, Owner(GovServiceCentre), LaunchDates[GovServiceSite]),
        ];
    }

    /// <summary>Every 2019 posting of the demo, in a stable order.</summary>
    public static IReadOnlyList<DemoPosting> BuildPostings()
    {
        var random = new Random(Seed);
        var postings = new List<DemoPosting>(14_000);
        var sequence = 0;
        foreach (var stream in Streams)
        {
            var first = LaunchDates.TryGetValue(stream.Channel, out var launched) && launched > YearStart ? launched : YearStart;
            var isNewMedia = stream.Channel != Portal && stream.Channel != GovServiceSite;
            var mustStayFresh = isNewMedia || stream.UpdateClass == UpdateClass.TwoWeeks;
            foreach (var day in SpreadOverYear(random, first, stream.Count, mustStayFresh, weekendWeight: isNewMedia ? 0.6 : 0.2))
            {
                sequence++;
                var author = PickAuthor(random, stream);
                var earliest = isNewMedia ? 7 * 60 : (8 * 60) + 30;
                var latest = isNewMedia ? 21 * 60 : 18 * 60;
                var time = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(random.Next(earliest, latest)));
                var template = stream.TitleTemplates[random.Next(stream.TitleTemplates.Count)];
                var title = template
                    .Replace("{unit}", author ?? County, StringComparison.Ordinal)
                    .Replace("{town}", Townships[random.Next(Townships.Length)], StringComparison.Ordinal)
                    .Replace("{topic}", Topics[random.Next(Topics.Length)], StringComparison.Ordinal)
                    .Replace("{n}", (1 + random.Next(180)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{month}", day.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                var url = stream.UrlPattern
                    .Replace("{yyyyMM}", day.ToString("yyyyMM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{yyyyMMdd}", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{seq}", sequence.ToString("D6", CultureInfo.InvariantCulture), StringComparison.Ordinal);
                postings.Add(new DemoPosting(
                    stream.Channel, stream.Column, author, title, url, ShanghaiTime.ToUtc(day, time), day,
                    string.Create(CultureInfo.InvariantCulture, $"demo-{Year}-{sequence:D6}")));
            }
        }

        return postings;
    }

    /// <summary>
    /// The 2019 trainings: 业务培训会 twice and 汇报会 once. The report says "培训150余人次" for the trainings;
    /// the demo picks 86 + 67 = 153 人次 for the two trainings and 42 for the briefing.
    /// </summary>
    public static IReadOnlyList<(TrainingSession Session, string Organiser)> BuildTrainings() =>
    [
        (new TrainingSession { HeldOn = new DateOnly(2019, 4, 18), Kind = TrainingKind.Training, Title = "2019年全县政务公开工作业务培训会", Attendees = 86, Hours = 3m, Notes = "邀请省政务公开第三方评估机构授课", IsDemo = true }, EGovCentre),
        (new TrainingSession { HeldOn = new DateOnly(2019, 9, 12), Kind = TrainingKind.Training, Title = "政府网站与政务新媒体管理业务培训会", Attendees = 67, Hours = 2.5m, IsDemo = true }, EGovCentre),
        (new TrainingSession { HeldOn = new DateOnly(2019, 12, 20), Kind = TrainingKind.Briefing, Title = "2019年政务公开工作汇报会", Attendees = 42, Hours = 2m, IsDemo = true }, CountyOffice),
    ];

    private static readonly Dictionary<string, DateOnly> LaunchDates = new()
    {
        [GovWeChat] = new DateOnly(2019, 6, 18), // report: opened June 2019
        [CityWeChat] = new DateOnly(2016, 3, 1),
        [NewsClient] = new DateOnly(2018, 5, 8),
        [Weibo] = new DateOnly(2019, 7, 9), // report: opened July 2019
        [GovServiceSite] = new DateOnly(2017, 10, 1),
    };

    private static readonly string[] NewsTitles =
    [
        "{unit}召开{topic}工作推进会", "{unit}扎实开展{topic}工作", "{unit}深入{town}调研{topic}工作", "{unit}组织学习{topic}相关政策",
        "{unit}部署{month}月份{topic}重点工作", "{unit}开展{topic}督导检查",
    ];

    private static readonly IReadOnlyList<DemoStream> Streams =
    [
        // 概况类 1154
        PortalColumn("罗甸概况", ColumnCategory.Overview, UpdateClass.OnChange, 40, DemoAuthors.CountyOffice, ["罗甸县{topic}基本情况", "罗甸县行政区划及人口概况（{month}月更新）"], "gk"),
        PortalColumn("领导之窗", ColumnCategory.Overview, UpdateClass.OnChange, 62, DemoAuthors.CountyOffice, ["县领导分工调整情况（{month}月）", "县人民政府领导简历更新"], "ldzc"),
        PortalColumn("机构职能", ColumnCategory.Overview, UpdateClass.OnChange, 48, DemoAuthors.Departments, ["{unit}主要职责和内设机构", "{unit}机构设置及联系方式"], "jgzn"),
        PortalColumn("走进罗甸", ColumnCategory.Overview, UpdateClass.OnChange, 286, DemoAuthors.Tourism, ["走进罗甸：{town}的山水与人文", "罗甸玉文化巡礼之{n}"], "zjld"),
        PortalColumn("罗甸旅游", ColumnCategory.Overview, UpdateClass.OnChange, 412, DemoAuthors.Tourism, ["罗甸旅游：{town}乡村旅游线路推介", "大小井风景名胜区游览指南（{n}）"], "ldly"),
        PortalColumn("投资罗甸", ColumnCategory.Overview, UpdateClass.OnChange, 306, DemoAuthors.Investment, ["投资罗甸：{topic}招商项目推介", "罗甸县{month}月招商引资项目动态"], "tzld"),

        // 政务动态 4820
        PortalColumn("罗甸要闻", ColumnCategory.News, UpdateClass.TwoWeeks, 1380, DemoAuthors.CountyOffice, ["县人民政府召开第{n}次常务会议", "县领导督导{town}{topic}工作", "全县{topic}工作会议召开"], "ldyw"),
        PortalColumn("部门动态", ColumnCategory.News, UpdateClass.TwoWeeks, 1520, DemoAuthors.Departments, NewsTitles, "bmdt"),
        PortalColumn("乡镇动态", ColumnCategory.News, UpdateClass.TwoWeeks, 1210, DemoAuthors.Townships, NewsTitles, "xzdt"),
        PortalColumn("图片新闻", ColumnCategory.News, UpdateClass.TwoWeeks, 310, DemoAuthors.DepartmentsAndTownships, ["图片新闻：{unit}{topic}现场", "【图说】{town}{topic}一线"], "tpxw"),
        PortalColumn("通知公告", ColumnCategory.News, UpdateClass.SixMonths, 400, DemoAuthors.CountyOffice, ["关于做好{topic}工作的通知", "{unit}关于{topic}的公告", "关于开展{topic}的通知（第{n}号）"], "tzgg"),

        // 信息公开目录 4647
        PortalColumn("政策文件", ColumnCategory.DisclosureCatalog, UpdateClass.SixMonths, 312, DemoAuthors.CountyOffice, ["罗甸县人民政府办公室关于印发罗甸县{topic}实施方案的通知", "罗府办发〔2019〕{n}号"], "zcwj"),
        PortalColumn("政策解读", ColumnCategory.DisclosureCatalog, UpdateClass.SixMonths, 96, DemoAuthors.Departments, ["一图读懂《罗甸县{topic}实施方案》", "{unit}关于{topic}政策的解读"], "zcjd"),
        PortalColumn("人事信息", ColumnCategory.DisclosureCatalog, UpdateClass.OneYear, 118, DemoAuthors.HumanResources, ["罗甸县2019年公开招聘事业单位工作人员公告（{n}）", "罗甸县人民政府关于{n}名同志职务任免的通知"], "rsxx"),
        PortalColumn("规划计划", ColumnCategory.DisclosureCatalog, UpdateClass.OneYear, 64, DemoAuthors.Planning, ["罗甸县{topic}专项规划（2019—2025年）", "{unit}2019年工作计划"], "ghjh"),
        PortalColumn("财政预决算", ColumnCategory.DisclosureCatalog, UpdateClass.OneYear, 905, DemoAuthors.DepartmentsAndTownships, ["{unit}2019年部门预算公开", "{unit}2018年部门决算公开", "{unit}2019年“三公”经费预算公开"], "czyjs"),
        PortalColumn("重点领域信息公开", ColumnCategory.DisclosureCatalog, UpdateClass.SixMonths, 3014, DemoAuthors.DepartmentsAndTownships, ["{unit}{topic}领域信息公开（{month}月）", "{unit}2019年{month}月扶贫资金使用情况公示", "{unit}行政许可事项办理结果公示（第{n}批）"], "zdly"),
        PortalColumn("建议提案办理", ColumnCategory.DisclosureCatalog, UpdateClass.OneYear, 138, DemoAuthors.Departments, ["{unit}关于县十八届人大代表第{n}号建议的答复", "{unit}关于县政协委员第{n}号提案的答复"], "jyta"),

        // 新媒体 and the provincial service site
        AccountStream(GovWeChat, 115, ["【罗甸发布】{topic}最新进展", "罗甸县{topic}政策问答", "今日罗甸：{town}{topic}"], "https://mp.weixin.qq.com/s/ldzfw{seq}"),
        AccountStream(CityWeChat, 2157, ["山水湖城｜{town}{topic}见闻", "玉都罗甸：{topic}那些事", "罗甸早知道（{month}月第{n}期）"], "https://mp.weixin.qq.com/s/sshc{seq}"),
        AccountStream(NewsClient, 768, ["聚焦罗甸｜{topic}", "聚焦{town}：{topic}"], "http://jjld.ldrmt.cn/a/{yyyyMMdd}{seq}"),
        AccountStream(Weibo, 103, ["#罗甸微政事# {topic}工作动态", "#罗甸微政事# {town}{topic}"], "https://weibo.com/ldwzs/{seq}"),
        AccountStream(GovServiceSite, 195, ["{unit}{topic}相关事项办事指南", "{unit}政务服务事项目录调整（{month}月）"], "http://www.gzegn.gov.cn/qnz/ldx/{yyyyMM}/{seq}.html"),
    ];

    private static DemoStream PortalColumn(string name, ColumnCategory category, UpdateClass updateClass, int count, DemoAuthors authors, IReadOnlyList<string> titles, string slug) =>
        new(Portal, name, category, updateClass, count, authors, titles, $"http://www.gzluodian.gov.cn/{slug}/{{yyyyMM}}/t{{yyyyMMdd}}_{{seq}}.html");

    private static DemoStream AccountStream(string name, int count, IReadOnlyList<string> titles, string urlPattern) =>
        new(name, null, null, null, count, DemoAuthors.ChannelOwner, titles, urlPattern);

    private static OrgUnit Unit(string name, OrgUnitKind kind, OrgUnit parent, int sortOrder)
    {
        var unit = new OrgUnit { Name = name, Kind = kind, Parent = parent, SortOrder = sortOrder, IsDemo = true };
        parent.Children.Add(unit);
        return unit;
    }

    private static Channel NewMedia(string name, ChannelKind kind, OrgUnit owner, DateOnly launchedOn) => new()
    {
        Name = name,
        Kind = kind,
        OwnerOrgUnit = owner,
        LaunchedOn = launchedOn,
        IsDemo = true,
        Events = [new ChannelEvent { OccurredOn = launchedOn, Kind = ChannelEventKind.Launched, Description = "开通" }],
    };

    /// <summary>
    /// <paramref name="count"/> days from <paramref name="first"/> to the year's end, weekdays favoured. A stream that
    /// must stay fresh (动态要闻 columns, new-media accounts) gets a posting in every 7-day block, so it never goes
    /// silent for 14 days as the inspection counts silence.
    /// </summary>
    private static List<DateOnly> SpreadOverYear(Random random, DateOnly first, int count, bool mustStayFresh, double weekendWeight)
    {
        var last = new DateOnly(Year, 12, 31);
        var days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToArray();
        var weights = days.Select(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? weekendWeight : 1.0).ToArray();
        var chosen = new List<DateOnly>(count);
        if (mustStayFresh)
        {
            for (var start = 0; start < days.Length && chosen.Count < count; start += 7)
            {
                var end = Math.Min(start + 7, days.Length);
                chosen.Add(days[PickWeighted(random, weights, start, end)]);
            }
        }

        while (chosen.Count < count)
        {
            chosen.Add(days[PickWeighted(random, weights, 0, days.Length)]);
        }

        chosen.Sort();
        return chosen;
    }

    private static int PickWeighted(Random random, double[] weights, int start, int end)
    {
        var total = 0.0;
        for (var i = start; i < end; i++)
        {
            total += weights[i];
        }

        var target = random.NextDouble() * total;
        for (var i = start; i < end; i++)
        {
            target -= weights[i];
            if (target <= 0)
            {
                return i;
            }
        }

        return end - 1;
    }

    /// <summary>Units post unevenly: a few busy departments and townships, a long tail of quiet ones.</summary>
    private static string PickAuthor(Random random, DemoStream stream) => stream.Authors switch
    {
        DemoAuthors.CountyOffice => random.NextDouble() < 0.8 ? CountyOffice : Skewed(random, Departments),
        DemoAuthors.Departments => Skewed(random, Departments),
        DemoAuthors.Townships => Skewed(random, Townships),
        DemoAuthors.DepartmentsAndTownships => random.NextDouble() < 0.65 ? Skewed(random, Departments) : Skewed(random, Townships),
        DemoAuthors.Tourism => Tourism,
        DemoAuthors.Investment => Investment,
        DemoAuthors.HumanResources => random.NextDouble() < 0.7 ? HumanResources : CountyOffice,
        DemoAuthors.Planning => random.NextDouble() < 0.6 ? Development : Skewed(random, Departments),
        DemoAuthors.ChannelOwner => stream.Channel switch
        {
            GovWeChat or Weibo => EGovCentre,
            GovServiceSite => Skewed(random, Departments),
            _ => MediaCentre,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(stream), stream.Authors, null),
    };

    private static string Skewed(Random random, string[] names)
    {
        // Squaring a uniform draw favours the front of the list: roughly a Zipf-like spread.
        var u = random.NextDouble();
        return names[(int)(u * u * names.Length)];
    }
}
