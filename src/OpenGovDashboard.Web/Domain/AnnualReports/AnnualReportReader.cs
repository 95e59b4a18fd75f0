using System.Globalization;
using System.Text.RegularExpressions;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// Reads a report's lines, whatever layout they came in, by the form's labels: each row's label is looked for after the
/// previous row's, and its figures are the cells that follow it — on its own row when the layout keeps cell places, else
/// the next cells until the next label. Section headings only bound the tables; line positions never matter.
/// </summary>
internal sealed partial class AnnualReportReader
{
    private const string Results = "三、本年度办理结果";
    private const string OtherHandling = "（六）其他处理";

    private static readonly string[] Markers2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量"];
    private static readonly string[] Markers2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"];

    private static readonly Dictionary<string, string[]> ItemAliases = new(StringComparer.Ordinal)
    {
        ["规范性文件"] = ["行政规范性文件"],
        ["行政规范性文件"] = ["规范性文件"],
    };

    private readonly IReadOnlyList<ReportLine> _lines;
    private readonly List<ReportCell> _cells = [];
    private readonly List<AnnualReportParseProblem> _problems = [];

    private AnnualReportReader(IReadOnlyList<ReportLine> lines)
    {
        _lines = lines;
        for (var i = 0; i < lines.Count; i++)
        {
            _cells.AddRange(lines[i].Cells.Where(c => lines[i].Positional || c.Length > 0).Select(c => new ReportCell(i, c, lines[i].Positional)));
        }
    }

    /// <summary>The report's data without checks; throws <see cref="AnnualReportParseException"/> naming what was not found.</summary>
    public static AnnualReportData Read(IReadOnlyList<ReportLine> lines) => new AnnualReportReader(lines).Read();

    private AnnualReportData Read()
    {
        if (_cells.All(c => c.Text.Length == 0))
        {
            throw new AnnualReportParseException([new AnnualReportParseProblem(AnnualReportParseError.Empty)]);
        }

        var (year, organization) = FindTitle();
        var requestsHeading = Find(c => c.Compact.StartsWith("三、", StringComparison.Ordinal) && c.Compact.Contains("申请", StringComparison.Ordinal), 0);
        var firstRow = RequestReportForms.Rows(ReportForm.Form2019)[0];
        var requestsStart = FindLabel(KeysOf(firstRow.Label), Math.Max(requestsHeading, 0), _cells.Count).Start;
        if (year is null)
        {
            _problems.Add(new AnnualReportParseProblem(AnnualReportParseError.YearNotFound));
        }

        if (requestsStart < 0)
        {
            _problems.Add(new AnnualReportParseProblem(AnnualReportParseError.RequestsTableNotFound));
        }

        if (_problems.Count > 0)
        {
            throw new AnnualReportParseException(_problems);
        }

        var form = DetectForm(year!.Value);
        var reviewsHeading = Find(c => c.Compact.StartsWith("四、", StringComparison.Ordinal)
            && (c.Compact.Contains("复议", StringComparison.Ordinal) || c.Compact.Contains("诉讼", StringComparison.Ordinal)), requestsStart);
        var requestsEnd = reviewsHeading >= 0 ? reviewsHeading : _cells.Count;
        var article20End = requestsHeading >= 0 && requestsHeading < requestsStart ? requestsHeading : requestsStart;
        var article20Heading = Find(c => c.Compact.StartsWith("二、", StringComparison.Ordinal) && c.Compact.Contains("主动公开", StringComparison.Ordinal), 0, article20End);

        var article20 = ReadArticle20(form, Math.Max(article20Heading, 0), article20End);
        var (requests, afterRequests) = ReadRequests(form, requestsStart, requestsEnd);
        var reviewsStart = reviewsHeading >= 0 ? reviewsHeading + 1 : afterRequests;
        var reviewsEnd = Find(c => c.Compact.StartsWith("五、", StringComparison.Ordinal), reviewsStart);
        var reviews = ReadReviews(reviewsStart, reviewsEnd >= 0 ? reviewsEnd : _cells.Count);
        if (_problems.Count > 0)
        {
            throw new AnnualReportParseException(_problems);
        }

        return new AnnualReportData(year.Value, form, organization, article20,
            new AnnualReportRequests(RequestReportForms.Columns, requests), new AnnualReportReviews(ReviewTable.Columns, reviews), []);
    }

    private List<Article20Entry> ReadArticle20(ReportForm form, int start, int end)
    {
        var entries = new List<Article20Entry>();
        var position = start;
        foreach (var section in Article20Forms.Rows(form).GroupBy(r => r.Section))
        {
            var heading = Find(c => c.Key.Contains(ReportText.Key(section.Key), StringComparison.Ordinal), position, end);
            var sectionStart = heading >= 0 ? heading + 1 : position;
            var searchFrom = sectionStart;
            int? firstItem = null;
            foreach (var row in section)
            {
                var keys = KeysOf(row.Item).Concat(ItemAliases.GetValueOrDefault(row.Item, []).SelectMany(KeysOf)).ToList();
                var (at, labelEnd) = FindLabel(keys, searchFrom, end);
                if (at < 0)
                {
                    entries.Add(Article20Forms.Blank(row));
                    continue;
                }

                firstItem ??= at;
                var (values, _) = ValuesAfter(labelEnd, row.Columns.Count, end);
                var unit = values.Select(v => v.Unit).FirstOrDefault(u => u is not null) ?? HeaderUnit(row, sectionStart, firstItem.Value);
                unit = unit == row.Unit ? null : unit;
                entries.Add(new Article20Entry(row.Section, row.Item, row.Columns, [.. values.Select(v => v.Number)], unit));
                position = labelEnd + 1;
                searchFrom = labelEnd + 1;
            }
        }

        return entries;
    }

    /// <summary>The money unit a column header of <paramref name="row"/> prints ("采购总金额(元)"), if any.</summary>
    private string? HeaderUnit(Article20Row row, int from, int to)
    {
        foreach (var column in row.Columns)
        {
            var key = ReportText.Key(TrailingNote().Replace(ReportText.Compact(column), ""));
            var header = _cells.Skip(from).Take(to - from).FirstOrDefault(c => c.Key.Contains(key, StringComparison.Ordinal) && ReportText.UnitIn(c.Text) is not null);
            if (header is not null)
            {
                return ReportText.UnitIn(header.Text);
            }
        }

        return null;
    }

    private (List<AnnualReportRequestRow> Rows, int After) ReadRequests(ReportForm form, int start, int end)
    {
        var rows = new List<AnnualReportRequestRow>();
        var position = start;
        var after = start;
        var singleOtherHandling = false;
        foreach (var row in RequestReportForms.Rows(form))
        {
            var path = row.Path;
            var label = row.Label;
            if (row.Key.StartsWith("3.6.", StringComparison.Ordinal))
            {
                if (row.Key == "3.6.1")
                {
                    var total = FindLabel(KeysOf("（七）总计"), position, end).Start;
                    singleOtherHandling = FindLabel(KeysOf(label), position, total >= 0 ? total : end).Start < 0;
                }

                if (singleOtherHandling)
                {
                    if (row.Key != "3.6.1")
                    {
                        continue;
                    }

                    (path, label) = ([Results, OtherHandling], OtherHandling);
                }
            }

            var (at, labelEnd) = FindLabel(KeysOf(label), position, end);
            if (at < 0)
            {
                rows.Add(new AnnualReportRequestRow(path, [.. RequestReportForms.Columns.Select(_ => (int?)null)]));
                continue;
            }

            var (values, next) = ValuesAfter(labelEnd, RequestReportForms.Columns.Count, end);
            rows.Add(new AnnualReportRequestRow(path, [.. values.Select(v => Count(v, label))]));
            position = labelEnd + 1;
            after = next;
        }

        return (rows, after);
    }

    private int?[] ReadReviews(int start, int end)
    {
        var count = ReviewTable.Columns.Count;
        var first = Find(c => c.Value?.Number is not null, start, end);
        if (first < 0)
        {
            return new int?[count];
        }

        List<ReportValue> values;
        if (_cells[first].Positional)
        {
            var line = _cells.Where(c => c.Line == _cells[first].Line).ToList();
            var lastLabel = line.FindLastIndex(c => c.Value is null);
            values = [.. line.Skip(lastLabel + 1).Select(c => c.Value!.Value)];
            while (values.Count > count && values[0].Number is null)
            {
                values.RemoveAt(0);
            }
        }
        else
        {
            values = [.. _cells.Skip(first).Take(end - first).TakeWhile(c => c.Value is not null).Take(count).Select(c => c.Value!.Value)];
        }

        return [.. Pad(values, count).Select(v => Count(v, "四、政府信息公开行政复议、行政诉讼情况"))];
    }

    /// <summary>
    /// The <paramref name="count"/> figures after the label at <paramref name="at"/>, blanks padded at the end. A row whose
    /// cells keep their places gives its own cells (an empty one is blank; surplus empty cells before the figures, left
    /// by a label spanning columns, are dropped); otherwise the cells that follow, up to the next label.
    /// </summary>
    private (List<ReportValue> Values, int Next) ValuesAfter(int at, int count, int end)
    {
        var label = _cells[at];
        var next = at + 1;
        if (label.Positional && next < end && _cells[next].Line == label.Line)
        {
            var sameLine = _cells.Skip(next).Take(end - next).TakeWhile(c => c.Line == label.Line).ToList();
            var row = sameLine.TakeWhile(c => c.Value is not null).Select(c => c.Value!.Value).ToList();
            while (row.Count > count && row[0].Number is null)
            {
                row.RemoveAt(0);
            }

            return (Pad(row, count), next + sameLine.Count);
        }

        var values = new List<ReportValue>();
        while (next < end && values.Count < count && _cells[next].Value is { } value)
        {
            values.Add(value);
            next++;
        }

        return (Pad(values, count), next);
    }

    private static List<ReportValue> Pad(List<ReportValue> values, int count) =>
        [.. values.Take(count), .. Enumerable.Repeat(ReportValue.Blank, Math.Max(0, count - values.Count))];

    private int? Count(ReportValue value, string label)
    {
        if (value.Number is not { } number)
        {
            return null;
        }

        if (number != decimal.Truncate(number) || Math.Abs(number) > int.MaxValue)
        {
            _problems.Add(new AnnualReportParseProblem(AnnualReportParseError.InvalidCount, label, number.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return (int)number;
    }

    private ReportForm DetectForm(int year)
    {
        bool Printed(string[] labels) => labels.Select(ReportText.Key).Any(k => _cells.Any(c => c.Key.Length <= 80 && c.Key.Contains(k, StringComparison.Ordinal)));
        var printed2019 = Printed(Markers2019);
        var printed2021 = Printed(Markers2021);
        if (printed2019 != printed2021)
        {
            return printed2021 ? ReportForm.Form2021 : ReportForm.Form2019;
        }

        var splitOtherHandling = RequestReportForms.Rows(ReportForm.Form2021).Single(r => r.Key == "3.6.1").Label;
        return Printed([splitOtherHandling]) ? ReportForm.Form2021 : RequestReportForms.FormFor(year);
    }

    /// <summary>The year and the reporting body, from a title line, else the sentence that publishes the report, else any mention; the body falls back to the signature above the closing date.</summary>
    private (int? Year, string? Organization) FindTitle()
    {
        var texts = _lines.Select(l => ChineseYear().Replace(ReportText.Compact(string.Concat(l.Cells)), ArabicYear)).ToList();
        foreach (var pattern in new[] { TitleLine(), PublishedTitle(), AnyTitle() })
        {
            if (texts.Select(t => pattern.Match(t)).FirstOrDefault(m => m.Success) is { } match)
            {
                var organization = match.Groups["org"].Value.Trim('《', '》', '“', '”', '"');
                return (int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), organization.Length > 0 ? organization : Signature(texts));
            }
        }

        var period = texts.Select(t => StatisticsPeriod().Match(t)).FirstOrDefault(m => m.Success);
        return period is null ? (null, null) : (int.Parse(period.Groups["year"].Value, CultureInfo.InvariantCulture), Signature(texts));
    }

    /// <summary>"二〇一九年" → "2019年", as some titles write the year.</summary>
    private static string ArabicYear(Match year) => string.Concat(year.Value.Select(c => c is '〇' or '零' ? '0' : (char)('0' + "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1)));

    private static string? Signature(List<string> texts)
    {
        var date = texts.FindLastIndex(t => ClosingDate().IsMatch(t));
        return date > 0 && texts[date - 1].Length is > 1 and <= 40 && !texts[date - 1].Any(char.IsPunctuation) ? texts[date - 1] : null;
    }

    private int Find(Func<ReportCell, bool> match, int from, int to = int.MaxValue)
    {
        for (var i = Math.Max(from, 0); i < Math.Min(to, _cells.Count); i++)
        {
            if (match(_cells[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first cells from <paramref name="from"/> that print one of <paramref name="keys"/>: one cell; a label wrapped
    /// over consecutive cells (a PDF's line break inside "（二）部分公开（区分处理的，…）"); or a cell followed by a figure
    /// that starts with a long enough key (the rest of a wrapped label came after the figures). Start is -1 when not found.
    /// </summary>
    private (int Start, int End) FindLabel(List<string> keys, int from, int to)
    {
        to = Math.Min(to, _cells.Count);
        for (var i = Math.Max(from, 0); i < to; i++)
        {
            var key = _cells[i].Key;
            if (keys.Contains(key))
            {
                return (i, i);
            }

            if (i + 1 < to && _cells[i + 1].Value?.Number is not null && keys.Any(k => k.Length >= 5 && key.StartsWith(k, StringComparison.Ordinal)))
            {
                return (i, i);
            }

            if (key.Length < 2 || !keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)))
            {
                continue;
            }

            for (var j = i + 1; j < to && _cells[j].Value is null && _cells[j].Key.Length > 0; j++)
            {
                key += _cells[j].Key;
                if (keys.Contains(key))
                {
                    return (i, j);
                }

                if (!keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// The keys a printed label may match: as the form prints it, without its number ("（一）", "1.") and without a
    /// trailing explanation in brackets; shortened keys of fewer than four characters are not used ("总计", "其他" are
    /// column headers too).
    /// </summary>
    private static List<string> KeysOf(string label)
    {
        var compact = ReportText.Compact(label);
        var core = TrailingNote().Replace(compact, "");
        string[] candidates = [compact, NumberPrefix().Replace(compact, ""), core, NumberPrefix().Replace(core, "")];
        var full = ReportText.Key(compact);
        return [full, .. candidates.Skip(1).Select(ReportText.Key).Where(k => k.Length >= 4 && k != full).Distinct()];
    }

    [GeneratedRegex(@"^(\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、.]|\d+[.、])")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"[〇零一二三四五六七八九]{4}(?=年)")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"^(?<org>[^\d。，,；;：:]{0,40}?)(?<year>(?:19|20)\d{2})年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?年度?报告(?:[_\-—|].*)?$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"公布(?<org>[^\d。，,；;：:《》]{2,40}?)(?<year>(?:19|20)\d{2})年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?年度?报告")]
    private static partial Regex PublishedTitle();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})年度?[^\d。，,；;]{0,20}?(?:政府信息公开|政务公开|信息公开)(?:工作)?年度?报告")]
    private static partial Regex AnyTitle();

    [GeneratedRegex(@"统计(?:时限|期限|时间)为?(?<year>(?:19|20)\d{2})年1月1日")]
    private static partial Regex StatisticsPeriod();

    [GeneratedRegex(@"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex ClosingDate();
}
