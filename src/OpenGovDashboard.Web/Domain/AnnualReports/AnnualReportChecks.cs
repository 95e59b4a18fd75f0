using System.Globalization;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// The consistency rules of docs/api.md over a report's data: tables 三 and 四 through <see cref="RequestTableChecks"/>,
/// and with last year's data <c>crossYear.carryOver</c> and <c>article20.previousYear</c>. A rule whose inputs are all
/// blank (or that has no previous year) is left out, not failed.
/// </summary>
public static class AnnualReportChecks
{
    public static IReadOnlyList<TableCheck> Evaluate(AnnualReportData report, AnnualReportData? previousYear = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        culture ??= CultureInfo.CurrentUICulture;
        var checks = RequestTableChecks.Evaluate(report.ToRequestTable(), report.ToReviewTable(), previousYear?.ToRequestTable(), culture).ToList();
        if (previousYear is not null && PreviousYearCounts(report, previousYear, culture) is { } article20)
        {
            checks.Add(article20);
        }

        return checks;
    }

    /// <summary>
    /// 2019 form: this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减, for each row that has them (第二十条
    /// 第（五）（六）（八）项). The 2021 form has no such columns, so a 2021-form year (or one after it) is left out.
    /// </summary>
    private static TableCheck? PreviousYearCounts(AnnualReportData report, AnnualReportData previousYear, CultureInfo culture)
    {
        var outcomes = new List<(bool Passed, string Failure)>();
        foreach (var entry in report.Article20.Where(e => e.Columns.Contains(Article20Forms.PreviousYearCount)))
        {
            var last = previousYear.Article20Item(entry.Item);
            if (last?.Value(Article20Forms.PreviousYearCount) is not { } lastCount || last.Value(Article20Forms.ChangeThisYear) is not { } change
                || entry.Value(Article20Forms.PreviousYearCount) is not { } count)
            {
                continue;
            }

            outcomes.Add((lastCount + change == count, AnnualReportMessages.Text("AnnualReports.Check.PreviousYear", culture,
                entry.Item, previousYear.Year, N(lastCount), N(change), N(lastCount + change), report.Year, N(count))));
        }

        if (outcomes.Count == 0)
        {
            return null;
        }

        var failures = outcomes.Where(o => !o.Passed).Select(o => o.Failure).ToList();
        return new TableCheck(TableCheckRules.Article20PreviousYear, failures.Count == 0, failures.Count == 0
            ? AnnualReportMessages.Text("AnnualReports.Check.Passed", culture, outcomes.Count)
            : string.Join(AnnualReportMessages.Text("AnnualReports.Check.Separator", culture), failures));
    }

    /// <summary>A figure as the report prints it: a count read back from the database as 211.0 shows as 211.</summary>
    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
