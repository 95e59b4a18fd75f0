namespace OpenGovDashboard.Web.Domain;

/// <summary>栏目分类 — the annual report's grouping of portal columns (概况类, 政务动态, 信息公开目录 …).</summary>
public enum ColumnCategory
{
    Overview,
    News,
    DisclosureCatalog,
    Interaction,
    Service,
    Other,
}
