using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// Table 二 (主动公开政府信息情况, the 第二十条 items) of both national forms, row by row in the form's order
/// (docs/domain.md §1.4). The form's fixed labels live here and nowhere else.
/// </summary>
public static class Article20Forms
{
    public const string PreviousYearCount = "上一年项目数量";
    public const string ChangeThisYear = "本年增/减";
    public const string Decisions = "处理决定数量";

    /// <summary>
    /// The unit of the forms' amounts: the 2021 form prints it in its (八) header; the 2019 form leaves 采购总金额's unit
    /// to the report, and 万元 is what the reference report (and most others) print there.
    /// </summary>
    public const string AmountUnit = "万元";

    private const string Item1 = "第二十条第（一）项";
    private const string Item5 = "第二十条第（五）项";
    private const string Item6 = "第二十条第（六）项";
    private const string Item8 = "第二十条第（八）项";
    private const string Item9 = "第二十条第（九）项";

    private static readonly string[] Documents2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量"];
    private static readonly string[] Items2019 = [PreviousYearCount, ChangeThisYear, Decisions];
    private static readonly string[] Documents2021 = ["本年制发件数", "本年废止件数", "现行有效件数"];
    private static readonly string[] Decisions2021 = ["本年处理决定数量"];

    private static readonly Dictionary<ReportForm, IReadOnlyList<Article20Row>> RowsByForm = new()
    {
        [ReportForm.Form2019] =
        [
            new(Item1, "规章", Documents2019),
            new(Item1, "规范性文件", Documents2019),
            new(Item5, "行政许可", Items2019),
            new(Item5, "其他对外管理服务事项", Items2019),
            new(Item6, "行政处罚", Items2019),
            new(Item6, "行政强制", Items2019),
            new(Item8, "行政事业性收费", [PreviousYearCount, ChangeThisYear]),
            new(Item9, "政府集中采购", ["采购项目数量", "采购总金额"], AmountUnit),
        ],
        [ReportForm.Form2021] =
        [
            new(Item1, "规章", Documents2021),
            new(Item1, "行政规范性文件", Documents2021),
            new(Item5, "行政许可", Decisions2021),
            new(Item6, "行政处罚", Decisions2021),
            new(Item6, "行政强制", Decisions2021),
            new(Item8, "行政事业性收费", ["本年收费金额（单位：万元）"], AmountUnit),
        ],
    };

    /// <summary>The form's 第二十条 rows in order: 8 for 2019, 6 for 2021.</summary>
    public static IReadOnlyList<Article20Row> Rows(ReportForm form) => RowsByForm[form];

    /// <summary>The form's row of <paramref name="item"/> (e.g. "行政许可"), or null when the form has none.</summary>
    public static Article20Row? Row(ReportForm form, string item) => RowsByForm[form].FirstOrDefault(r => r.Item == item);

    /// <summary>A row with every cell blank: what a form's row holds before anything is entered.</summary>
    public static Article20Entry Blank(Article20Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Article20Entry(row.Section, row.Item, row.Columns, [.. row.Columns.Select(_ => (decimal?)null)], null);
    }
}
