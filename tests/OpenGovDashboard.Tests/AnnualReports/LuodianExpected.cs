namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>
/// Table 二 of the reference report (docs/domain.md §0), typed by hand from the report: blanks as null. 采购总金额 15760 is
/// in 万元 as its header prints, which is the form's unit (<see cref="Web.Domain.AnnualReports.Article20Forms.AmountUnit"/>), so no unit of its own.
/// </summary>
internal static class LuodianExpected
{
    public static IReadOnlyList<(string Section, string Item, decimal?[] Values, string? Unit)> Article20 { get; } =
    [
        ("第二十条第（一）项", "规章", [0, null, null], null),
        ("第二十条第（一）项", "规范性文件", [0, null, null], null),
        ("第二十条第（五）项", "行政许可", [211, -3, 14352], null),
        ("第二十条第（五）项", "其他对外管理服务事项", [156, 7, 918], null),
        ("第二十条第（六）项", "行政处罚", [2600, -208, 1673], null),
        ("第二十条第（六）项", "行政强制", [150, -7, 3132], null),
        ("第二十条第（八）项", "行政事业性收费", [21, 7], null),
        ("第二十条第（九）项", "政府集中采购", [172, 15760], null),
    ];
}
