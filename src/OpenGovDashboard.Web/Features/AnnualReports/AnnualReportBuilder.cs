using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Requests;

namespace OpenGovDashboard.Web.Features.AnnualReports;

public enum ReportFormat
{
    Docx,
    Xlsx,
    Html,
}

/// <summary>
/// The annual report of a year and unit from the database: <see cref="AnnualReportData"/> (第二十条 figures as entered,
/// tables 三/四 from the register, the checks, last year beside it), and the document in .docx, .xlsx or HTML with the
/// text of the final version (else the latest saved, else the draft from the data). The county (the root unit) counts
/// everything under it; any other unit counts itself and its sub-units.
/// </summary>
public sealed class AnnualReportBuilder(
    IDbContextFactory<DashboardDbContext> dbFactory,
    RequestQueries requests,
    AnnualReportNarrative narrative,
    OrgUnitDirectory units)
{
    public async Task<AnnualReportData> DataAsync(int year, int orgUnitId, CancellationToken cancellationToken) =>
        (await ViewAsync(year, orgUnitId, cancellationToken)).Data;

    /// <summary>
    /// The year's data with last year's beside it. Last year's tables 三/四 are the register's, or — when the register
    /// holds no request of that year — the ones saved from its published report, which then give this year's 二、上年结转.
    /// The 2019 form's blank 上一年项目数量 are derived from last year's figures (<see cref="Article20Forms.WithPreviousYearCounts"/>).
    /// </summary>
    public async Task<AnnualReportView> ViewAsync(int year, int orgUnitId, CancellationToken cancellationToken)
    {
        var (previous, _) = await DataWithoutChecksAsync(year - 1, orgUnitId, null, null, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reported = await db.ReportedRequestTables.AsNoTracking().FirstOrDefaultAsync(t => t.Year == year - 1 && t.OrgUnitId == orgUnitId, cancellationToken);
        IReadOnlyList<int?>? carriedOver = null;
        if (reported is not null && previous.Requests.Rows.All(r => r.Values.All(v => v is null or 0)))
        {
            previous = previous with { Requests = reported.Requests(), ReviewsAndLitigation = reported.Reviews() };
            carriedOver = previous.ToRequestTable().Lines.FirstOrDefault(l => l.Row.Key == "4")?.Values;
        }

        var hasPrevious = await db.Article20Values.AnyAsync(v => v.Year == year - 1 && v.OrgUnitId == orgUnitId, cancellationToken) || carriedOver is not null;
        var (data, derived) = await DataWithoutChecksAsync(year, orgUnitId, previous, carriedOver, cancellationToken);
        return new AnnualReportView(data, hasPrevious ? previous : null, derived, carriedOver is not null);
    }

    /// <summary>
    /// The document of <paramref name="view"/> (the caller's <see cref="ViewAsync"/>, whose checks it has judged) for
    /// <paramref name="reader"/>: its text as <see cref="SectionsAsync"/> lets that reader see it.
    /// </summary>
    public async Task<(byte[] Content, string FileName, string ContentType)> DocumentAsync(UnitScope reader, AnnualReportView view, int year, int orgUnitId, ReportFormat format,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var data = view.Data;
        var sections = await SectionsAsync(reader, year, orgUnitId, cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"{data.Organization}{year}年政府信息公开工作年度报告");
        using var stream = new MemoryStream();
        switch (format)
        {
            case ReportFormat.Docx:
                AnnualReportDocx.Write(stream, new AnnualReportDocument(year, data.Organization ?? "", sections,
                    [.. data.Article20.Select(e => new Article20PrintRow(e.Section, e.Item, e.Columns, e.Values, e.Unit))],
                    data.ToRequestTable(), data.ToReviewTable(), null));
                return (stream.ToArray(), name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            case ReportFormat.Xlsx:
                await stream.SaveAsAsync(Sheets(view), cancellationToken: cancellationToken);
                return (stream.ToArray(), name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default:
                return (Encoding.UTF8.GetBytes(Html(data, sections)), name + ".html", "text/html; charset=utf-8");
        }
    }

    /// <summary>
    /// The text of the final version, else the latest saved, else the draft from the data. Saved drafts are read only by
    /// a reader whose scope covers the unit (as on the report page); anyone else who may read the report — a department's
    /// editor reading the county's — gets the final text or the draft from the data, never a colleague's unfinished one.
    /// </summary>
    public async Task<ReportSections> SectionsAsync(UnitScope reader, int year, int orgUnitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var drafts = db.AnnualReportDrafts.AsNoTracking().Where(d => d.Year == year && d.OrgUnitId == orgUnitId);
        if (!reader.Covers(orgUnitId))
        {
            drafts = drafts.Where(d => d.IsFinal);
        }

        var json = await drafts
            .OrderByDescending(d => d.IsFinal).ThenByDescending(d => d.Version)
            .Select(d => d.SectionsJson).FirstOrDefaultAsync(cancellationToken);
        return json is not null
            ? ReportSections.FromJson(json)
            : await narrative.FirstDraftAsync(year, orgUnitId, "", cancellationToken);
    }

    private async Task<(AnnualReportData Data, IReadOnlySet<(string Item, int Column)> Derived)> DataWithoutChecksAsync(int year, int orgUnitId, AnnualReportData? previous,
        IReadOnlyList<int?>? carriedOver, CancellationToken cancellationToken)
    {
        var tree = await units.GetAsync(cancellationToken);
        var unit = tree.Find(orgUnitId) ?? throw new UnitScopeViolationException(orgUnitId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cells = await db.Article20Values.AsNoTracking().Where(v => v.Year == year && v.OrgUnitId == orgUnitId).ToListAsync(cancellationToken);
        var form = RequestReportForms.FormFor(year);
        IReadOnlyList<Article20Entry> article20 = [.. Article20Forms.Rows(form).Select(row =>
        {
            var values = Enumerable.Range(0, row.Columns.Count)
                .Select(column => cells.FirstOrDefault(c => c.Section == row.Section && c.Item == row.Item && c.Column == column)?.Value)
                .ToList();
            var unitPrinted = cells.FirstOrDefault(c => c.Section == row.Section && c.Item == row.Item && c.Unit is not null)?.Unit;
            return new Article20Entry(row.Section, row.Item, row.Columns, values, unitPrinted);
        })];
        var (entries, derived) = Article20Forms.WithPreviousYearCounts(form, article20, RequestReportForms.FormFor(year - 1), previous?.Article20);
        var tables = await requests.TablesAsync(year, unit.ParentId is null ? null : orgUnitId, cancellationToken);
        var three = carriedOver is null
            ? tables.Three
            : tables.Three with { Lines = [.. tables.Three.Lines.Select(l => l.Row.Key == "2" ? l with { Values = carriedOver } : l)] };
        return (AnnualReportData.From(unit.Name, entries, three, tables.Four, previous, CultureInfo.CurrentUICulture), derived);
    }

    private static Dictionary<string, object> Sheets(AnnualReportView view)
    {
        // Table 二 one cell a row, so each figure sits in a numeric cell with last year's beside it.
        var data = view.Data;
        var previousForm = RequestReportForms.FormFor(data.Year - 1);
        var two = data.Article20.SelectMany(e => e.Columns.Select((column, i) =>
        {
            var before = view.PreviousYear is { } previous && Article20Forms.PreviousYearCell(data.Form, e.Item, i, previousForm) is { } cell
                ? previous.Article20Item(cell.Item)?.Values[cell.Column]
                : null;
            return new Dictionary<string, object?>
            {
                ["第二十条"] = e.Section,
                ["信息内容"] = e.Item,
                ["栏目"] = column,
                ["数值"] = e.Values[i],
                ["单位"] = i == e.Columns.Count - 1 ? e.Unit ?? Article20Forms.Row(data.Form, e.Item)?.Unit : null,
                [$"{data.Year - 1}年"] = before,
                ["说明"] = view.Derived.Contains((e.Item, i)) ? "由上年上一年项目数量加本年增/减推算" : null,
            };
        })).ToList();
        var three = data.Requests.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?> { ["项目"] = string.Join(" ", r.Path) };
            for (var i = 0; i < data.Requests.Columns.Count; i++)
            {
                row[data.Requests.Columns[i]] = r.Values[i];
            }

            return row;
        }).ToList();
        var four = new List<Dictionary<string, object?>> { data.ReviewsAndLitigation.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (object?)data.ReviewsAndLitigation.Values[x.i]) };
        var checks = data.Checks.Select(c => new Dictionary<string, object?> { ["规则"] = c.Rule, ["结果"] = c.Passed ? "相符" : "不符", ["说明"] = c.Detail }).ToList();
        return new Dictionary<string, object> { ["表二 主动公开"] = two, ["表三 申请"] = three, ["表四 复议诉讼"] = four, ["勾稽检查"] = checks };
    }

    private static string Html(AnnualReportData data, ReportSections sections)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        static string Paragraphs(string text) => string.Concat((text ?? "").Split('\n').Where(l => l.Trim().Length > 0).Select(l => $"<p>{E(l.Trim())}</p>"));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(data.Organization)).Append(data.Year)
            .Append("年政府信息公开工作年度报告</title><style>body{font-family:'FangSong','仿宋_GB2312',serif;max-width:900px;margin:auto;line-height:1.8}h1,h2{font-family:'SimHei','黑体',sans-serif}h1{text-align:center}p{text-indent:2em}table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #333;padding:4px;text-align:center}</style></head><body>");
        html.Append("<h1>").Append(E(data.Organization)).Append(data.Year).Append("年政府信息公开工作年度报告</h1>");
        html.Append("<h2>一、总体情况</h2>").Append(Paragraphs(sections.One));
        html.Append("<h2>二、主动公开政府信息情况</h2>");
        foreach (var section in data.Article20.GroupBy(e => e.Section))
        {
            var first = section.First();
            html.Append("<table><tr><th colspan=\"").Append(first.Columns.Count + 1).Append("\">").Append(E(section.Key)).Append("</th></tr><tr><th>信息内容</th>");
            html.Append(string.Concat(first.Columns.Select(c => $"<th>{E(c)}</th>"))).Append("</tr>");
            foreach (var entry in section)
            {
                html.Append("<tr><td>").Append(E(entry.Item)).Append("</td>")
                    .Append(string.Concat(entry.Values.Select(v => $"<td>{v?.ToString("0.##", CultureInfo.InvariantCulture)}{(v is not null && entry.Unit is { } u ? E(u) : "")}</td>"))).Append("</tr>");
            }

            html.Append("</table>");
        }

        // Table 三 with the form's three label columns, groups merged down with rowspan as the national form prints them.
        html.Append("<h2>三、收到和处理政府信息公开申请情况</h2><table><tr><th colspan=\"3\">项目</th>").Append(string.Concat(data.Requests.Columns.Select(c => $"<th>{E(c)}</th>"))).Append("</tr>");
        var rows = data.Requests.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var path = rows[i].Path;
            html.Append("<tr>");
            if (path.Count == 1)
            {
                html.Append("<td colspan=\"3\" style=\"text-align:left\">").Append(E(path[0])).Append("</td>");
            }
            else
            {
                if (i == 0 || rows[i - 1].Path.Count < 2 || rows[i - 1].Path[0] != path[0])
                {
                    var span = rows.Skip(i).TakeWhile(r => r.Path.Count >= 2 && r.Path[0] == path[0]).Count();
                    html.Append("<td rowspan=\"").Append(span).Append("\">").Append(E(path[0])).Append("</td>");
                }

                if (path.Count == 2)
                {
                    html.Append("<td colspan=\"2\" style=\"text-align:left\">").Append(E(path[1])).Append("</td>");
                }
                else
                {
                    if (rows[i - 1].Path.Count < 3 || rows[i - 1].Path[1] != path[1])
                    {
                        var span = rows.Skip(i).TakeWhile(r => r.Path.Count == 3 && r.Path[1] == path[1]).Count();
                        html.Append("<td rowspan=\"").Append(span).Append("\">").Append(E(path[1])).Append("</td>");
                    }

                    html.Append("<td style=\"text-align:left\">").Append(E(path[2])).Append("</td>");
                }
            }

            html.Append(string.Concat(rows[i].Values.Select(v => $"<td>{v}</td>"))).Append("</tr>");
        }

        html.Append("</table><h2>四、政府信息公开行政复议、行政诉讼情况</h2><table><tr>").Append(string.Concat(data.ReviewsAndLitigation.Columns.Select(c => $"<th>{E(c)}</th>"))).Append("</tr><tr>")
            .Append(string.Concat(data.ReviewsAndLitigation.Values.Select(v => $"<td>{v}</td>"))).Append("</tr></table>");
        html.Append("<h2>五、存在的主要问题及改进情况</h2>").Append(Paragraphs(sections.Five));
        html.Append("<h2>六、其他需要报告的事项</h2>").Append(Paragraphs(sections.Six));
        html.Append("</body></html>");
        return html.ToString();
    }
}
