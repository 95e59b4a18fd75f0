using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A Word document: each paragraph of the body, and each table row as a row of cells (a cell's paragraphs joined).</summary>
internal static class ReportDocxReader
{
    public static IReadOnlyList<ReportLine> Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var lines = new List<ReportLine>();
        if (document.MainDocumentPart?.Document?.Body is { } body)
        {
            Walk(body, lines);
        }

        return lines;
    }

    private static void Walk(OpenXmlElement parent, List<ReportLine> lines)
    {
        foreach (var element in parent.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.AddRange(ReportTextReader.Read(paragraph.InnerText));
                    break;
                case Table table:
                    lines.AddRange(table.Elements<TableRow>().Select(row => new ReportLine([.. row.Elements<TableCell>().SelectMany(Cell)], true)));
                    break;
                case SdtBlock block when block.SdtContentBlock is { } content:
                    Walk(content, lines);
                    break;
            }
        }
    }

    /// <summary>A cell's text; an empty cell spanning columns counts once per column, so blanks keep their places.</summary>
    private static IEnumerable<string> Cell(TableCell cell)
    {
        var text = string.Concat(cell.Elements<Paragraph>().Select(p => p.InnerText)).Trim();
        var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
        return text.Length == 0 ? Enumerable.Repeat("", Math.Max(1, span)) : [text];
    }
}
