namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// A line of a report as its layout gave it: a paragraph or one cell (one cell per line, as a PDF's text), or a table row.
/// <paramref name="Positional"/> means the cells keep their places, so an empty one is a blank cell (a table row of an
/// HTML page or a .docx, a row written with <c>|</c> separators); otherwise empty cells are layout noise and left out.
/// </summary>
internal sealed record ReportLine(IReadOnlyList<string> Cells, bool Positional)
{
    public static ReportLine Paragraph(string text) => new([text.Trim()], false);
}
