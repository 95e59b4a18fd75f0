using System.Globalization;
using System.Text.Json.Serialization;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// 政府信息公开工作年度报告 — the tables of an annual report (二 第二十条, 三 申请, 四 复议/诉讼) with their checks, as
/// docs/api.md's <c>AnnualReportData</c>: read from a published report or computed from the database. Blank is null, not 0.
/// </summary>
/// <param name="Year">The reporting year.</param>
/// <param name="Form">The national form the tables follow; serialised as "2019" or "2021".</param>
/// <param name="Organization">The reporting body, when the report names it.</param>
/// <param name="Article20">Table 二: one entry per row of the form's 第二十条 tables, in the form's order.</param>
/// <param name="Requests">Table 三.</param>
/// <param name="ReviewsAndLitigation">Table 四.</param>
/// <param name="Checks">The consistency rules that could be evaluated, passed or not.</param>
public sealed record AnnualReportData(
    int Year,
    [property: JsonConverter(typeof(ReportFormJsonConverter))] ReportForm Form,
    string? Organization,
    IReadOnlyList<Article20Entry> Article20,
    AnnualReportRequests Requests,
    AnnualReportReviews ReviewsAndLitigation,
    IReadOnlyList<TableCheck> Checks)
{
    /// <summary>
    /// A year's data from tables built elsewhere (the register's <see cref="RequestTables"/>, 第二十条 figures entered in
    /// the app), in <paramref name="requests"/>' year and form, with its checks — what the report builder and the
    /// <c>/data</c> endpoint answer. Missing 第二十条 rows of the form are blank.
    /// </summary>
    public static AnnualReportData From(string? organization, IEnumerable<Article20Entry> article20, RequestTable requests, ReviewTable reviews,
        AnnualReportData? previousYear = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(article20);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(reviews);
        var given = article20.ToList();
        var report = new AnnualReportData(requests.Year, requests.Form, organization,
            [.. Article20Forms.Rows(requests.Form).Select(row => given.FirstOrDefault(e => e.Section == row.Section && e.Item == row.Item) ?? Article20Forms.Blank(row))],
            new AnnualReportRequests(RequestReportForms.Columns, [.. requests.Lines.Select(l => new AnnualReportRequestRow(l.Row.Path, l.Values))]),
            new AnnualReportReviews(ReviewTable.Columns, reviews.Values),
            []);
        return report with { Checks = AnnualReportChecks.Evaluate(report, previousYear, culture) };
    }

    /// <summary>
    /// Table 三 as the request domain holds it, so <see cref="RequestTableChecks"/> can run over it. A 2021-form report
    /// that printed （六）其他处理 as one row keeps that one row (key "3.6").
    /// </summary>
    public RequestTable ToRequestTable()
    {
        var known = RequestReportForms.Rows(Form).Concat(RequestReportForms.Rows(ReportForm.Form2019)).ToList();
        return new RequestTable(Year, Form, [.. Requests.Rows.Select(row =>
            new RequestTableLine(
                known.FirstOrDefault(k => k.Path.SequenceEqual(row.Path))
                    ?? throw new InvalidOperationException($"Table 三 has no row {string.Join('/', row.Path)} in the {Form} form."),
                row.Values))]);
    }

    /// <summary>Table 四 as the request domain holds it.</summary>
    public ReviewTable ToReviewTable() => new(Year, ReviewsAndLitigation.Values);

    /// <summary>The 第二十条 entry of <paramref name="item"/> (the form's label, e.g. "行政许可"), if the form has it.</summary>
    public Article20Entry? Article20Item(string item) => Article20.FirstOrDefault(e => e.Item == item);

    /// <summary>Equal when every label, cell and check is: two parses of one report compare equal whatever their layout.</summary>
    public bool Equals(AnnualReportData? other) =>
        other is not null && Year == other.Year && Form == other.Form && Organization == other.Organization
        && Article20.SequenceEqual(other.Article20) && Requests.Equals(other.Requests)
        && ReviewsAndLitigation.Equals(other.ReviewsAndLitigation) && Checks.SequenceEqual(other.Checks);

    public override int GetHashCode() => HashCode.Combine(Year, Form, Organization, Article20.Count, Requests.Rows.Count);
}
