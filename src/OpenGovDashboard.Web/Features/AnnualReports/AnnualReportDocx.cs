using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>One row of table 二 as the document prints it: the section, the item, the form's column labels and the values.</summary>
public sealed record Article20PrintRow(string Section, string Item, IReadOnlyList<string> Columns, IReadOnlyList<decimal?> Values, string? Unit);

/// <summary>Everything the printed report holds.</summary>
public sealed record AnnualReportDocument(
    int Year,
    string Organization,
    ReportSections Sections,
    IReadOnlyList<Article20PrintRow> Article20,
    RequestTable Requests,
    ReviewTable Reviews,
    DateOnly? Dated);

/// <summary>
/// Writes the report as a .docx laid out like the national form: A4, 黑体 title and headings, 仿宋_GB2312 body at 三号
/// (16 pt), the six sections in order, tables 二–四 with their merged header cells, blank cells left blank.
/// </summary>
public static class AnnualReportDocx
{
    private const string Heiti = "黑体";
    private const string Fangsong = "仿宋_GB2312";

    public static void Write(Stream output, AnnualReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(Paragraph($"{report.Organization}{report.Year}年政府信息公开工作年度报告", Heiti, 44, JustificationValues.Center, bold: false));
        body.Append(Paragraph(
            $"本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。除特别说明的外，所列数据统计时限为{report.Year}年1月1日至{report.Year}年12月31日。",
            Fangsong, 32, JustificationValues.Both, indent: true));

        body.Append(Heading("一、总体情况"));
        foreach (var line in Lines(report.Sections.One))
        {
            body.Append(Paragraph(line, Fangsong, 32, JustificationValues.Both, indent: true));
        }

        body.Append(Heading("二、主动公开政府信息情况"));
        foreach (var section in report.Article20.GroupBy(r => r.Section))
        {
            body.Append(Article20Table(section.Key, [.. section]));
            body.Append(Paragraph("", Fangsong, 16, JustificationValues.Left));
        }

        body.Append(Heading("三、收到和处理政府信息公开申请情况"));
        body.Append(RequestsTable(report.Requests));
        body.Append(Heading("四、政府信息公开行政复议、行政诉讼情况"));
        body.Append(ReviewsTable(report.Reviews));
        body.Append(Heading("五、存在的主要问题及改进情况"));
        foreach (var line in Lines(report.Sections.Five))
        {
            body.Append(Paragraph(line, Fangsong, 32, JustificationValues.Both, indent: true));
        }

        body.Append(Heading("六、其他需要报告的事项"));
        foreach (var line in Lines(report.Sections.Six))
        {
            body.Append(Paragraph(line, Fangsong, 32, JustificationValues.Both, indent: true));
        }

        body.Append(Paragraph(report.Organization, Fangsong, 32, JustificationValues.Right));
        if (report.Dated is { } dated)
        {
            body.Append(Paragraph($"{dated.Year}年{dated.Month}月{dated.Day}日", Fangsong, 32, JustificationValues.Right));
        }

        // A4 portrait, margins as government documents use (上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm).
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U }));
    }

    private static IEnumerable<string> Lines(string text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static Paragraph Heading(string text) => Paragraph(text, Heiti, 32, JustificationValues.Left, indent: true);

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues align, bool indent = false, bool bold = false)
    {
        var properties = new ParagraphProperties(new Justification { Val = align }, new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        return new Paragraph(properties, Run(text, font, halfPoints, bold));
    }

    private static Run Run(string text, string font, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A bordered table on a fixed grid: without the grid, Word and LibreOffice guess the merged cells' widths.</summary>
    private static Table NewTable(params int[] columnWidths)
    {
        var border = new EnumValue<BorderValues>(BorderValues.Single);
        var grid = new TableGrid(columnWidths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = columnWidths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new LeftBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 })), grid);
    }

    /// <summary>The text width of the page (A4 less the margins), in twentieths of a point.</summary>
    private const int TextWidth = 8844;

    private static int[] Even(int count, int first = 0)
    {
        var rest = (TextWidth - first) / count;
        return first > 0 ? [first, .. Enumerable.Repeat(rest, count)] : [.. Enumerable.Repeat(TextWidth / count, count)];
    }

    private static TableCell Cell(string text, int span = 1, bool vMergeStart = false, bool vMergeContinue = false, bool bold = false)
    {
        var properties = new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (vMergeStart)
        {
            properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        }
        else if (vMergeContinue)
        {
            properties.Append(new VerticalMerge());
        }

        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), Run(text, Fangsong, 21, bold));
        return new TableCell(properties, paragraph);
    }

    private static string Value(decimal? value) => value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static Table Article20Table(string section, IReadOnlyList<Article20PrintRow> rows)
    {
        var width = rows.Max(r => r.Columns.Count) + 1;
        var table = NewTable(Even(width - 1, first: 2400));
        table.Append(new TableRow(Cell(section, width, bold: true)));
        table.Append(new TableRow([Cell("信息内容", bold: true), .. rows[0].Columns.Select(c => Cell(c, bold: true)), .. Enumerable.Range(0, width - 1 - rows[0].Columns.Count).Select(_ => Cell(""))]));
        foreach (var row in rows)
        {
            var cells = row.Values.Select((v, i) => Cell(Value(v) + (v is not null && row.Unit is { } unit && i == row.Values.Count - 1 ? unit : ""))).ToList();
            table.Append(new TableRow([Cell(row.Item), .. cells, .. Enumerable.Range(0, width - 1 - cells.Count).Select(_ => Cell(""))]));
        }

        return table;
    }

    private static Table RequestsTable(RequestTable requests)
    {
        // Label columns 1,100 / 1,500 / 2,300; seven figures share the rest.
        var table = NewTable([1100, 1500, 2300, .. Enumerable.Repeat((TextWidth - 4900) / 7, 7)]);

        // Three label columns as the national form has them: 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密, each merged down
        // over its rows; a row without a deeper level spans the columns to its right.
        table.Append(new TableRow(
            Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, vMergeStart: true),
            Cell("申请人情况", 7, bold: true)));
        table.Append(new TableRow(
            Cell("", 3, vMergeContinue: true),
            Cell("自然人", vMergeStart: true), Cell("法人或其他组织", 5), Cell("总计", vMergeStart: true)));
        table.Append(new TableRow(
            [Cell("", 3, vMergeContinue: true), Cell("", vMergeContinue: true), .. RequestReportForms.Columns.Skip(1).Take(5).Select(c => Cell(c)), Cell("", vMergeContinue: true)]));

        string? group = null;
        string? subGroup = null;
        foreach (var line in requests.Lines)
        {
            var path = line.Row.Path;
            var labels = new List<TableCell>();
            if (path.Count == 1)
            {
                labels.Add(Cell(path[0], 3));
                group = subGroup = null;
            }
            else
            {
                labels.Add(group == path[0] ? Cell("", vMergeContinue: true) : Cell(path[0], vMergeStart: true));
                group = path[0];
                if (path.Count == 2)
                {
                    labels.Add(Cell(path[1], 2));
                    subGroup = null;
                }
                else
                {
                    labels.Add(subGroup == path[1] ? Cell("", vMergeContinue: true) : Cell(path[1], vMergeStart: true));
                    subGroup = path[1];
                    labels.Add(Cell(path[2]));
                }
            }

            table.Append(new TableRow([.. labels, .. line.Values.Select(v => Cell(v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""))]));
        }

        return table;
    }

    private static Table ReviewsTable(ReviewTable reviews)
    {
        string[] parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        var table = NewTable(Even(15));
        table.Append(new TableRow(Cell("行政复议", 5, bold: true), Cell("行政诉讼", 10, bold: true)));
        table.Append(new TableRow(
            [.. parts.Select(p => Cell(p, vMergeStart: true)), Cell("未经复议直接起诉", 5), Cell("复议后起诉", 5)]));
        table.Append(new TableRow(
            [.. parts.Select(_ => Cell("", vMergeContinue: true)), .. parts.Select(p => Cell(p)), .. parts.Select(p => Cell(p))]));
        table.Append(new TableRow([.. reviews.Values.Select(v => Cell(v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""))]));
        return table;
    }
}
