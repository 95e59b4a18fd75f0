using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// Reads a published annual report — plain text (copied from a web page or extracted from a PDF), an HTML page or a .docx —
/// into <see cref="AnnualReportData"/>: the year and the form detected, tables 二–四 read by the form's labels, blanks
/// kept blank, and the checks evaluated (a report that breaks a rule still parses). What cannot be read throws
/// <see cref="AnnualReportParseException"/> naming what was not found.
/// </summary>
public static class AnnualReportParser
{
    /// <summary>The file types <see cref="ParseFileAsync"/> reads, by extension.</summary>
    public static IReadOnlyList<string> FileExtensions { get; } = [".docx", ".html", ".htm", ".txt"];

    public static AnnualReportData ParseText(string text, AnnualReportData? previousYear = null, CultureInfo? culture = null) =>
        Checked(AnnualReportReader.Read(ReportTextReader.Read(text)), previousYear, culture);

    public static AnnualReportData ParseHtml(string html, AnnualReportData? previousYear = null, CultureInfo? culture = null) =>
        Checked(AnnualReportReader.Read(ReportHtmlReader.Read(html)), previousYear, culture);

    public static AnnualReportData ParseDocx(Stream docx, AnnualReportData? previousYear = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        IReadOnlyList<ReportLine> lines;
        try
        {
            lines = ReportDocxReader.Read(docx);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new AnnualReportParseException([new AnnualReportParseProblem(AnnualReportParseError.UnreadableFile, ".docx")], e);
        }

        return Checked(AnnualReportReader.Read(lines), previousYear, culture);
    }

    /// <summary>A file by its extension: .docx, .html/.htm, or .txt (UTF-8).</summary>
    public static async Task<AnnualReportData> ParseFileAsync(Stream content, string fileName, AnnualReportData? previousYear = null,
        CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".docx")
        {
            // OpenXml needs a seekable stream; an upload's is not.
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            return ParseDocx(buffer, previousYear, culture);
        }

        if (extension is not (".html" or ".htm" or ".txt"))
        {
            throw new AnnualReportParseException([new AnnualReportParseProblem(AnnualReportParseError.UnsupportedFormat, fileName)]);
        }

        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return extension == ".txt" ? ParseText(text, previousYear, culture) : ParseHtml(text, previousYear, culture);
    }

    /// <summary>
    /// The report's words as plain text, a line per paragraph or table row (cells separated by "；"): where the figures its
    /// narrative quotes are read from (<see cref="NarrativeFigures"/>). A file that cannot be read gives "".
    /// </summary>
    public static async Task<string> TextOfFileAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        IReadOnlyList<ReportLine> lines;
        if (extension == ".docx")
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            try
            {
                lines = ReportDocxReader.Read(buffer);
            }
            catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
            {
                return "";
            }
        }
        else
        {
            using var reader = new StreamReader(content, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            var text = await reader.ReadToEndAsync(cancellationToken);
            lines = extension is ".html" or ".htm" ? ReportHtmlReader.Read(text) : ReportTextReader.Read(text);
        }

        return string.Join('\n', lines.Select(l => string.Join('；', l.Cells)));
    }

    private static AnnualReportData Checked(AnnualReportData report, AnnualReportData? previousYear, CultureInfo? culture) =>
        report with { Checks = AnnualReportChecks.Evaluate(report, previousYear, culture) };
}
