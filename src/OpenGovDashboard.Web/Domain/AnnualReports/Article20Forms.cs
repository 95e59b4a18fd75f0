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

    /// <summary>
    /// The cell of last year's table that holds the same figure as <paramref name="column"/> of <paramref name="item"/> in
    /// <paramref name="form"/>: the same row and column in the same form; across the 2021 revision only 处理决定数量 (now
    /// 本年处理决定数量) kept its meaning — the document and fee columns were redefined (docs/domain.md §1.4). Null when
    /// last year's form has no such figure.
    /// </summary>
    public static (string Item, int Column)? PreviousYearCell(ReportForm form, string item, int column, ReportForm previousForm)
    {
        var row = Row(form, item);
        if (row is null || column < 0 || column >= row.Columns.Count)
        {
            return null;
        }

        if (form == previousForm)
        {
            return (item, column);
        }

        var before = Row(previousForm, item);
        var index = before?.Columns.ToList().IndexOf(Decisions) ?? -1;
        return row.Columns[column] == "本年处理决定数量" && index >= 0 ? (item, index) : null;
    }

    /// <summary>
    /// 2019 form: each blank 上一年项目数量 filled from last year's 上一年项目数量 + 本年增/减 where last year (also the 2019
    /// form) has both (docs/domain.md §1.7, rule 5); a value entered stays as entered, and the check compares it. Returns
    /// the entries and the cells so derived.
    /// </summary>
    public static (IReadOnlyList<Article20Entry> Entries, IReadOnlySet<(string Item, int Column)> Derived) WithPreviousYearCounts(
        ReportForm form, IReadOnlyList<Article20Entry> entries, ReportForm previousForm, IReadOnlyList<Article20Entry>? previous)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var derived = new HashSet<(string Item, int Column)>();
        if (previous is null || form != ReportForm.Form2019 || previousForm != ReportForm.Form2019)
        {
            return (entries, derived);
        }

        var filled = entries.Select(entry =>
        {
            var column = entry.Columns.ToList().IndexOf(PreviousYearCount);
            var last = previous.FirstOrDefault(p => p.Item == entry.Item);
            if (column < 0 || entry.Values[column] is not null || last?.Value(PreviousYearCount) is not { } count || last.Value(ChangeThisYear) is not { } change)
            {
                return entry;
            }

            derived.Add((entry.Item, column));
            var values = entry.Values.ToArray();
            values[column] = count + change;
            return entry with { Values = values };
        }).ToList();
        return (filled, derived);
    }

    /// <summary>A row with every cell blank: what a form's row holds before anything is entered.</summary>
    public static Article20Entry Blank(Article20Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Article20Entry(row.Section, row.Item, row.Columns, [.. row.Columns.Select(_ => (decimal?)null)], null);
    }
}
