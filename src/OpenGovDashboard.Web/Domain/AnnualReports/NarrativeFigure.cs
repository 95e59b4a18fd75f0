namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>正文数字 — a figure a report's narrative quotes that the tables or the data also hold.</summary>
public enum NarrativeFigure
{
    /// <summary>收到（新收）政府信息公开申请 — table 三 row 一, 总计.</summary>
    RequestsReceived,

    /// <summary>结转下年度继续办理 — table 三 row 四, 总计.</summary>
    RequestsCarriedOver,

    /// <summary>予以公开 — table 三 row 三（一）, 总计.</summary>
    RequestsDisclosed,

    /// <summary>部分公开 — table 三 row 三（二）, 总计.</summary>
    RequestsPartiallyDisclosed,

    /// <summary>行政复议 — table 四 行政复议 总计.</summary>
    Reviews,

    /// <summary>行政诉讼 — table 四, the two 行政诉讼 总计 together.</summary>
    Litigation,

    /// <summary>行政复议、行政诉讼 quoted together.</summary>
    ReviewsAndLitigation,

    /// <summary>主动公开政府信息 N 条 — the portal's postings or every channel's.</summary>
    ProactivePostings,

    /// <summary>门户网站发布信息 N 条 — the portal's postings.</summary>
    PortalPostings,

    /// <summary>概况类信息 — postings in overview columns.</summary>
    OverviewPostings,

    /// <summary>政务动态信息 — postings in news columns.</summary>
    NewsPostings,

    /// <summary>信息公开目录信息 — postings in catalogue columns.</summary>
    CatalogPostings,

    /// <summary>人大代表建议办理结果公开 (a named yearly indicator).</summary>
    NpcSuggestions,

    /// <summary>政协委员提案办理结果公开 (a named yearly indicator).</summary>
    CppccProposals,

    /// <summary>办事指南 items (a named yearly indicator).</summary>
    ServiceGuideItems,

    /// <summary>政务外网 registered users (a named yearly indicator).</summary>
    ExtranetUsers,

    /// <summary>of which on the mobile app (a named yearly indicator).</summary>
    ExtranetMobileUsers,

    /// <summary>villages connected to the 政务外网 (a named yearly indicator).</summary>
    ExtranetVillages,

    /// <summary>业务培训 sessions.</summary>
    TrainingSessions,

    /// <summary>培训 人次.</summary>
    TrainingAttendees,
}
