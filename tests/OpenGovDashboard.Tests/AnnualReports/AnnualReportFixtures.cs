using System.Text.Encodings.Web;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>
/// The reports the parser tests read: files under <c>Fixtures/</c> (copied to the output, so a clean clone has them), and
/// a .docx built here from a report written as <c>|</c> rows.
/// </summary>
internal static class AnnualReportFixtures
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The reference report's title sentence, sections 二–四 and signature, as extracted from its PDF (one cell per line).</summary>
    public static string LuodianReference => Text("luodian-2019-tables.txt");

    /// <summary>The same tables written a row per line with <c>|</c>, half-width brackets, "1、" numbering and spaces in labels.</summary>
    public static string LuodianRows => Text("luodian-2019-rows.txt");

    /// <summary>The same tables as an HTML page: blank cells, row-spanning labels.</summary>
    public static string LuodianHtml => Text("luodian-2019-tables.html");

    /// <summary>A report in the 2021 form, tab-separated as copied from a web page, with the three-row （六） and a unit in a cell.</summary>
    public static string Form2021 => Text("form2021-tables.txt");

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "AnnualReports", "Fixtures", name));

    /// <summary>What the API would answer, to compare two parses whole.</summary>
    public static string ToJson(AnnualReportData report) => JsonSerializer.Serialize(report, Json);

    /// <summary>
    /// A .docx of a report written as <c>|</c> rows: other lines become paragraphs, consecutive rows one table; a cell's
    /// words separated by a space become separate paragraphs, as Word wraps a header.
    /// </summary>
    public static MemoryStream Docx(string rows)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            document.AddMainDocumentPart().Document = new Document(body);
            Table? table = null;
            foreach (var line in rows.Split('\n').Where(l => l.Length > 0))
            {
                if (!line.StartsWith('|'))
                {
                    table = null;
                    body.AppendChild(Paragraph(line));
                    continue;
                }

                table ??= body.AppendChild(new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }))));
                table.AppendChild(new TableRow(line.Trim().Trim('|').Split('|').Select(cell =>
                    new TableCell(cell.Trim().Length == 0 ? [Paragraph("")] : cell.Trim().Split(' ').Select(Paragraph)))));
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
