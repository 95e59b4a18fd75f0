using System.Text.RegularExpressions;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// Plain text as copied from a web page or extracted from a PDF: each line is a paragraph, a cell (one cell per line,
/// trailing <c>|</c> and stray <c>||</c> included), or a table row with <c>|</c> or tab separators; a row whose label is
/// followed by figures separated by spaces ("行政许可 211 减3 14352") is split too.
/// </summary>
internal static partial class ReportTextReader
{
    private static readonly char[] Separators = ['|', '｜', '\t'];

    public static IReadOnlyList<ReportLine> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l)).Select(ReadLine)];
    }

    private static ReportLine ReadLine(string line)
    {
        if (line.IndexOfAny(Separators) < 0)
        {
            return SplitFigures(line) ?? ReportLine.Paragraph(line);
        }

        var cells = line.Split(Separators).Select(c => c.Trim()).ToList();
        if (line.TrimStart().IndexOfAny(Separators) == 0)
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && line.TrimEnd().LastIndexOfAny(Separators) == line.TrimEnd().Length - 1)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        var filled = cells.Where(c => c.Length > 0).ToList();
        return filled.Count >= 2 ? new ReportLine(cells, true) : new ReportLine(filled, false);
    }

    /// <summary>"label 1 2 3" → [label, 1, 2, 3] when everything after the label reads as figures, at least one a number.</summary>
    private static ReportLine? SplitFigures(string line)
    {
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var firstFigure = tokens.Length;
        while (firstFigure > 0 && ReportText.Value(tokens[firstFigure - 1]) is not null)
        {
            firstFigure--;
        }

        var figures = tokens[firstFigure..];
        if (tokens.Length < 2 || figures.Length == 0 || !figures.Any(f => ReportText.Value(f)?.Number is not null))
        {
            return null;
        }

        return new ReportLine([.. Labels(tokens[..firstFigure]), .. figures], false);
    }

    /// <summary>Label words joined ("本年新 公开数量" is one label), a new label at each number ("（三）不予公开 1.属于国家秘密" is two).</summary>
    private static IEnumerable<string> Labels(string[] words)
    {
        var label = new List<string>();
        foreach (var word in words)
        {
            if (label.Count > 0 && Numbered().IsMatch(ReportText.Compact(word)))
            {
                yield return string.Concat(label);
                label.Clear();
            }

            label.Add(word);
        }

        if (label.Count > 0)
        {
            yield return string.Concat(label);
        }
    }

    [GeneratedRegex(@"^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、])")]
    private static partial Regex Numbered();
}
