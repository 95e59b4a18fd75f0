using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// An HTML page: the title, the text of each block as paragraphs, each table row as a row of cells (an empty cell spanning
/// columns counts once per column, so blanks keep their places; row-spanning labels are simply not repeated).
/// </summary>
internal static class ReportHtmlReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "center", "body", "form", "dd", "dt", "dl", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head" };

    public static IReadOnlyList<ReportLine> Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<ReportLine>();
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            lines.Add(ReportLine.Paragraph(document.Title));
        }

        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, text, lines);
        }

        Flush(text, lines);
        return lines;
    }

    private static void Walk(INode node, StringBuilder text, List<ReportLine> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IHtmlTableElement table when table.QuerySelector("table") is not null:
                    // A layout table around the article (common on older portals): its cells are blocks, not figures.
                    text.Append('\n');
                    Walk(table, text, lines);
                    text.Append('\n');
                    break;
                case IHtmlTableElement table:
                    Flush(text, lines);
                    lines.AddRange(table.Rows.Select(Row));
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    text.Append('\n');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Walk(e, text, lines);
                    text.Append('\n');
                    break;
                case IElement e:
                    Walk(e, text, lines);
                    break;
            }
        }
    }

    private static ReportLine Row(IHtmlTableRowElement row) =>
        new([.. row.Cells.SelectMany(cell =>
        {
            var content = cell.TextContent.Trim();
            return content.Length == 0 ? Enumerable.Repeat("", Math.Max(1, cell.ColumnSpan)) : [content];
        })], true);

    private static void Flush(StringBuilder text, List<ReportLine> lines)
    {
        lines.AddRange(ReportTextReader.Read(text.ToString()));
        text.Clear();
    }
}
