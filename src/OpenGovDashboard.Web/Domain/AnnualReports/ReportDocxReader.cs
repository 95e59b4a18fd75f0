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
                    lines.AddRange(table.Elements<TableRow>().Select(row =>
                        new ReportLine([.. row.Elements<TableCell>().Select(c => string.Concat(c.Elements<Paragraph>().Select(p => p.InnerText)).Trim())], true)));
                    break;
                case SdtBlock block when block.SdtContentBlock is { } content:
                    Walk(content, lines);
                    break;
            }
        }
    }
}
