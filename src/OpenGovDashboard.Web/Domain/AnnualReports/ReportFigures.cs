namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// 第二十条 figures — one cell of a unit's table 二 for a year, as entered: the form's section and item labels, the
/// column's position in that row, and the value. A blank cell is a null value (or no row), never 0.
/// </summary>
public sealed class Article20Value
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int OrgUnitId { get; set; }

    /// <summary>The form's section label, normalised: <c>第二十条第（一）项</c>.</summary>
    public required string Section { get; set; }

    /// <summary>The row's item label: <c>规章</c>, <c>行政许可</c> ….</summary>
    public required string Item { get; set; }

    /// <summary>0-based position among the row's columns in the year's form.</summary>
    public int Column { get; set; }

    public decimal? Value { get; set; }

    /// <summary>A unit printed with the value (<c>万元</c>, <c>元</c>); null when the form's header unit applies.</summary>
    public string? Unit { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool IsDemo { get; set; }
}

/// <summary>
/// 年度指标 — a named yearly figure the report's narrative quotes that no register counts (建议提案办理结果公开, 办事指南
/// items, 政务外网 users …); keys are listed in <see cref="YearlyIndicatorKeys"/>.
/// </summary>
public sealed class YearlyIndicator
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int OrgUnitId { get; set; }

    public required string Key { get; set; }

    public decimal? Value { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool IsDemo { get; set; }
}

/// <summary>The named yearly indicators (docs/domain.md §0), in the order the narrative quotes them.</summary>
public static class YearlyIndicatorKeys
{
    /// <summary>人大代表建议办理结果公开 (件).</summary>
    public const string NpcSuggestionsPublished = "npcSuggestionsPublished";

    /// <summary>政协委员提案办理结果公开 (件).</summary>
    public const string CppccProposalsPublished = "cppccProposalsPublished";

    /// <summary>办事指南 items published (项).</summary>
    public const string ServiceGuideItems = "serviceGuideItems";

    /// <summary>政务外网 registered users (户).</summary>
    public const string ExtranetUsers = "extranetUsers";

    /// <summary>of which on the mobile app (户).</summary>
    public const string ExtranetMobileUsers = "extranetMobileUsers";

    /// <summary>villages / 居委会 connected to the 政务外网 (个).</summary>
    public const string ExtranetVillages = "extranetVillages";

    public static IReadOnlyList<string> All { get; } =
        [NpcSuggestionsPublished, CppccProposalsPublished, ServiceGuideItems, ExtranetUsers, ExtranetMobileUsers, ExtranetVillages];
}

/// <summary>
/// 年报草稿 — one saved version of a unit's annual report for a year: its sections' text as JSON (tables are computed,
/// not stored). An admin marks one version final; an export despite failed checks records who overrode them and why.
/// </summary>
public sealed class AnnualReportDraft
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int OrgUnitId { get; set; }

    public int Version { get; set; }

    /// <summary>The narrative sections (一, 五, 六 and any edits) as a JSON object of section key → text.</summary>
    public required string SectionsJson { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public bool IsFinal { get; set; }

    public DateTime? FinalizedAtUtc { get; set; }

    public string? FinalizedBy { get; set; }

    /// <summary>Why it was exported despite failed checks, and by whom; null when every check passed.</summary>
    public string? ChecksOverride { get; set; }
}
