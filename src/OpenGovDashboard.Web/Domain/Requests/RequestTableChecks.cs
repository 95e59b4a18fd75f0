using System.Globalization;

namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// The consistency rules of docs/domain.md §1.7 over tables 三 and 四, whether built from the register or read from a
/// published report. A rule is evaluated over the columns (or rows, or groups) whose cells are all filled; a rule with
/// nothing to evaluate — blanks everywhere, no previous year — is left out, not failed.
/// </summary>
public static class RequestTableChecks
{
    public static IReadOnlyList<TableCheck> Evaluate(
        RequestTable requests, ReviewTable? reviews = null, RequestTable? previousYear = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        culture ??= CultureInfo.CurrentUICulture;
        var checks = new List<TableCheck>();
        var columns = Enumerable.Range(0, RequestReportForms.Columns.Count).ToList();

        Add(checks, TableCheckRules.RequestsBalance, culture, "Requests.Check.Balance", columns.Select(c =>
        {
            var cells = new[] { Cell(requests, RequestTableRowKind.ReceivedThisYear, c), Cell(requests, RequestTableRowKind.CarriedFromLastYear, c),
                Cell(requests, RequestTableRowKind.ResultsTotal, c), Cell(requests, RequestTableRowKind.CarriedIntoNextYear, c) };
            return Outcome(cells, v => v[0] + v[1] == v[2] + v[3], v => [RequestReportForms.Columns[c], v[0], v[1], v[0] + v[1], v[2], v[3], v[2] + v[3]]);
        }));

        Add(checks, TableCheckRules.RequestsResultsTotal, culture, "Requests.Check.ResultsTotal", columns.Select(c =>
        {
            var cells = requests.LinesOf(RequestTableRowKind.Result).Select(l => l.Values[c])
                .Append(Cell(requests, RequestTableRowKind.ResultsTotal, c)).ToArray();
            return Outcome(cells, v => v[..^1].Sum() == v[^1], v => [RequestReportForms.Columns[c], v[..^1].Sum(), v[^1]]);
        }));

        Add(checks, TableCheckRules.RequestsRowTotals, culture, "Requests.Check.RowTotals", requests.Lines.Select(line =>
            Outcome([.. line.Values], v => v[..^1].Sum() == v[^1], v => [string.Join(' ', line.Row.Path), v[..^1].Sum(), v[^1]])));

        if (reviews is not null)
        {
            Add(checks, TableCheckRules.ReviewsTotals, culture, "Requests.Check.ReviewTotals", Enum.GetValues<ReviewCaseKind>().Select(kind =>
            {
                var start = ReviewTable.IndexOf(kind, ReviewOutcome.Upheld);
                var label = ReviewTable.Columns[ReviewTable.IndexOf(kind, null)];
                return Outcome([.. reviews.Values.Skip(start).Take(5)], v => v[..^1].Sum() == v[^1], v => [label, v[..^1].Sum(), v[^1]]);
            }));
        }

        if (previousYear is not null)
        {
            Add(checks, TableCheckRules.CrossYearCarryOver, culture, "Requests.Check.CarryOver", columns.Select(c =>
                Outcome([Cell(previousYear, RequestTableRowKind.CarriedIntoNextYear, c), Cell(requests, RequestTableRowKind.CarriedFromLastYear, c)],
                    v => v[0] == v[1], v => [RequestReportForms.Columns[c], previousYear.Year, v[0], requests.Year, v[1]])));
        }

        return checks;
    }

    private static int? Cell(RequestTable table, RequestTableRowKind kind, int column) =>
        table.LinesOf(kind).SingleOrDefault()?.Values[column];

    /// <summary>Null when a cell is blank (left out); else whether the rule holds and, if not, the detail's arguments.</summary>
    private static (bool Passed, object[] Arguments)? Outcome(int?[] cells, Func<int[], bool> holds, Func<int[], object[]> describe)
    {
        if (cells.Any(c => c is null))
        {
            return null;
        }

        var values = cells.Select(c => c!.Value).ToArray();
        return holds(values) ? (true, []) : (false, describe(values));
    }

    private static void Add(List<TableCheck> checks, string rule, CultureInfo culture, string failureKey, IEnumerable<(bool Passed, object[] Arguments)?> outcomes)
    {
        var evaluated = outcomes.OfType<(bool Passed, object[] Arguments)>().ToList();
        if (evaluated.Count == 0)
        {
            return;
        }

        var failures = evaluated.Where(o => !o.Passed).ToList();
        var detail = failures.Count == 0
            ? RequestMessages.Text("Requests.Check.Passed", culture, evaluated.Count)
            : string.Join(RequestMessages.Text("Requests.Check.Separator", culture), failures.Select(f => RequestMessages.Text(failureKey, culture, f.Arguments)));
        checks.Add(new TableCheck(rule, failures.Count == 0, detail));
    }
}
