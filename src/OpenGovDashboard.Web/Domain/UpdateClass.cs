namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 更新要求 — how often the national inspection (国办秘函〔2019〕19号) expects a column to be updated.
/// </summary>
public enum UpdateClass
{
    /// <summary>动态、要闻类: within 2 weeks.</summary>
    TwoWeeks,

    /// <summary>通知公告、政策文件类: within 6 months.</summary>
    SixMonths,

    /// <summary>人事、规划计划类: within 1 year.</summary>
    OneYear,

    /// <summary>概况类: when something changes.</summary>
    OnChange,
}
