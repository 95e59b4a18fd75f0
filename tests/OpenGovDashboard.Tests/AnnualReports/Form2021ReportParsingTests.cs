using System.Globalization;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>Reports in the 2021 form: its 第二十条 columns, the three-row （六）, or the single row some reports keep.</summary>
public sealed class Form2021ReportParsingTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void A2021FormReportReadsTheRevisedArticle20ColumnsAndKeepsBlanksAndTheUnitInACell()
    {
        var report = AnnualReportParser.ParseText(AnnualReportFixtures.Form2021, culture: English);

        Assert.Equal((2021, ReportForm.Form2021, "示例县人民政府办公室"), (report.Year, report.Form, report.Organization));
        Assert.Equal(["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"], report.Article20.Select(e => e.Item));
        Assert.Equal(["本年制发件数", "本年废止件数", "现行有效件数"], report.Article20[1].Columns);
        Assert.Equal([5m, 2m, 31m], report.Article20Item("行政规范性文件")!.Values);
        Assert.Equal([1520m], report.Article20Item("行政许可")!.Values);
        Assert.Equal([null], report.Article20Item("行政强制")!.Values);
        var fees = report.Article20Item("行政事业性收费")!;
        Assert.Equal(["本年收费金额（单位：万元）"], fees.Columns);
        Assert.Equal([75394432.52m], fees.Values);
        Assert.Equal("元", fees.Unit);
    }

    [Fact]
    public void The2021FormReportWrittenWithBarsAsAnHtmlPageAndAsAWordDocumentParsesAlike()
    {
        var expected = AnnualReportFixtures.ToJson(AnnualReportParser.ParseText(AnnualReportFixtures.Form2021, culture: English));
        var lines = AnnualReportFixtures.Form2021.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var bars = string.Join('\n', lines.Select(l => l.Contains('\t', StringComparison.Ordinal) ? string.Join(" | ", l.Split('\t')) : l));
        var html = new System.Text.StringBuilder("<html><body>");
        var inTable = false;
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length > 1 != inTable)
            {
                html.Append(inTable ? "</table>" : "<table>");
                inTable = !inTable;
            }

            html.Append(cells.Length > 1
                ? "<tr>" + string.Concat(cells.Select(c => $"<td>{System.Net.WebUtility.HtmlEncode(c)}</td>")) + "</tr>"
                : $"<p>{System.Net.WebUtility.HtmlEncode(line)}</p>");
        }

        html.Append(inTable ? "</table>" : "").Append("</body></html>");

        Assert.Equal(expected, AnnualReportFixtures.ToJson(AnnualReportParser.ParseText(bars, culture: English)));
        Assert.Equal(expected, AnnualReportFixtures.ToJson(AnnualReportParser.ParseHtml(html.ToString(), culture: English)));
        using var docx = AnnualReportFixtures.Docx(bars);
        Assert.Equal(expected, AnnualReportFixtures.ToJson(AnnualReportParser.ParseDocx(docx, culture: English)));
    }

    [Fact]
    public void A2021FormReportReadsTheThreeRowsOfOtherHandling()
    {
        var report = AnnualReportParser.ParseText(AnnualReportFixtures.Form2021, culture: English);

        Assert.Equal(RequestReportForms.Rows(ReportForm.Form2021).Select(r => r.Path), report.Requests.Rows.Select(r => r.Path));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(report, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
        Assert.Equal([16, 3, 0, 0, 0, 1, 20], Row(report, "（七）总计"));
        Assert.Equal([0, 0, 0, 0, 0, 1, 1], Row(report, "四、结转下年度继续办理"));
        Assert.Equal([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], report.ReviewsAndLitigation.Values);
        Assert.All(report.Checks, c => Assert.True(c.Passed, c.Detail));
        Assert.Equal(4, report.Checks.Count);
    }

    [Fact]
    public void A2021FormReportThatPrintsOtherHandlingAsOneRowKeepsTheOneRow()
    {
        var text = AnnualReportFixtures.Form2021
            .Replace("\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t", "\t（六）其他处理\t\t", StringComparison.Ordinal);
        text = string.Join('\n', text.Split('\n').Where(l => !l.Contains("2.申请人逾期未按收费通知", StringComparison.Ordinal) && !l.EndsWith("3.其他\t0\t0\t0\t0\t0\t0\t0", StringComparison.Ordinal)));

        var report = AnnualReportParser.ParseText(text, culture: English);

        Assert.Equal(ReportForm.Form2021, report.Form);
        Assert.Equal(23, report.Requests.Rows.Count);
        Assert.Equal(["三、本年度办理结果", "（六）其他处理"], report.Requests.Rows[20].Path);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], report.Requests.Rows[20].Values);
        Assert.All(report.Checks, c => Assert.True(c.Passed, c.Detail));
        Assert.Equal("3.6", report.ToRequestTable().Lines[20].Row.Key);
    }

    [Fact]
    public void TheFormFollowsTheLabelsPrintedNotTheYear()
    {
        var text = AnnualReportFixtures.Form2021.Replace("2021年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告", StringComparison.Ordinal);

        var report = AnnualReportParser.ParseText(text, culture: English);

        Assert.Equal((2020, ReportForm.Form2021), (report.Year, report.Form));
    }

    [Fact]
    public void WhenTheTitleNamesNoBodyTheSignatureAboveTheDateDoes()
    {
        var text = AnnualReportFixtures.Form2021.Replace("示例县人民政府办公室2021年政府信息公开工作年度报告", "2021年度政府信息公开工作年度报告", StringComparison.Ordinal);

        var report = AnnualReportParser.ParseText(text, culture: English);

        Assert.Equal((2021, "示例县人民政府办公室"), (report.Year, report.Organization));
    }

    [Fact]
    public void AYearWrittenInChineseNumeralsIsRead()
    {
        var text = AnnualReportFixtures.Form2021.Replace("示例县人民政府办公室2021年", "示例县人民政府办公室二〇二一年", StringComparison.Ordinal);

        var report = AnnualReportParser.ParseText(text, culture: English);

        Assert.Equal((2021, "示例县人民政府办公室"), (report.Year, report.Organization));
    }

    [Fact]
    public void WithoutATitleTheYearComesFromTheStatisticsPeriod()
    {
        var text = AnnualReportFixtures.Form2021.Replace("示例县人民政府办公室2021年政府信息公开工作年度报告", "所列数据统计时限为2021年1月1日至2021年12月31日。", StringComparison.Ordinal);

        Assert.Equal(2021, AnnualReportParser.ParseText(text, culture: English).Year);
    }

    private static IReadOnlyList<int?> Row(AnnualReportData report, string label) => report.Requests.Rows.Single(r => r.Path[^1] == label).Values;
}
