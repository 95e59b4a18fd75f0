using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>
/// The reference report's 2019 第二十条 table and the named indicators its narrative quotes (docs/domain.md §0), for the
/// county government. Blank cells of the report are left out (blank is not 0): 规章 and 规范性文件 print only 本年新制作数量.
/// </summary>
public static class LuodianDemoReportFigures
{
    private static readonly (string Section, string Item, decimal?[] Values, string? Unit)[] Article20 =
    [
        ("第二十条第（一）项", "规章", [0m, null, null], null),
        ("第二十条第（一）项", "规范性文件", [0m, null, null], null),
        ("第二十条第（五）项", "行政许可", [211m, -3m, 14352m], null),
        ("第二十条第（五）项", "其他对外管理服务事项", [156m, 7m, 918m], null),
        ("第二十条第（六）项", "行政处罚", [2600m, -208m, 1673m], null),
        ("第二十条第（六）项", "行政强制", [150m, -7m, 3132m], null),
        ("第二十条第（八）项", "行政事业性收费", [21m, 7m], null),
        ("第二十条第（九）项", "政府集中采购", [172m, 15760m], null),
    ];

    private static readonly (string Key, decimal Value)[] Indicators =
    [
        (YearlyIndicatorKeys.NpcSuggestionsPublished, 79m),
        (YearlyIndicatorKeys.CppccProposalsPublished, 59m),
        (YearlyIndicatorKeys.ServiceGuideItems, 7868m),
        (YearlyIndicatorKeys.ExtranetUsers, 1372m),
        (YearlyIndicatorKeys.ExtranetMobileUsers, 1259m),
        (YearlyIndicatorKeys.ExtranetVillages, 184m),
    ];

    public static IEnumerable<Article20Value> Article20Values(int countyId, DateTime now) =>
        from row in Article20
        from cell in row.Values.Select((value, column) => (value, column))
        where cell.value is not null
        select new Article20Value
        {
            Year = LuodianDemoData.Year, OrgUnitId = countyId, Section = row.Section, Item = row.Item, Column = cell.column,
            Value = cell.value, Unit = row.Unit, UpdatedAtUtc = now, UpdatedBy = "system", IsDemo = true,
        };

    public static IEnumerable<YearlyIndicator> YearlyIndicators(int countyId, DateTime now) =>
        Indicators.Select(i => new YearlyIndicator
        {
            Year = LuodianDemoData.Year, OrgUnitId = countyId, Key = i.Key, Value = i.Value, UpdatedAtUtc = now, UpdatedBy = "system", IsDemo = true,
        });
}
