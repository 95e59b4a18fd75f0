using System.Globalization;
using OpenGovDashboard.Tests.Requests;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>The reference report (罗甸县 2019) read in each layout gives docs/domain.md §0's figures, cell for cell.</summary>
public sealed class LuodianReportParsingTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void TheReferenceReportParsesToEveryFigureItPrints()
    {
        var report = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianReference, culture: English);

        Assert.Equal(2019, report.Year);
        Assert.Equal(ReportForm.Form2019, report.Form);
        Assert.Equal("罗甸县人民政府", report.Organization);
        AssertLuodianTables(report);
    }

    [Fact]
    public void TheReferenceReportPassesEveryCheckThatApplies()
    {
        var report = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianReference, culture: English);

        Assert.Equal(
            [TableCheckRules.RequestsBalance, TableCheckRules.RequestsResultsTotal, TableCheckRules.RequestsRowTotals, TableCheckRules.ReviewsTotals],
            report.Checks.Select(c => c.Rule));
        Assert.All(report.Checks, c => Assert.True(c.Passed, c.Detail));
    }

    [Fact]
    public void TheSameTablesWrittenARowPerLineWithBarsParseAlike()
    {
        var rows = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianRows, culture: English);

        AssertLuodianTables(rows);
        Assert.Equal(AnnualReportFixtures.ToJson(Reference()), AnnualReportFixtures.ToJson(rows));
    }

    [Fact]
    public void TheSameTablesAsAnHtmlPageWithBlankCellsAndRowSpansParseAlike()
    {
        var html = AnnualReportParser.ParseHtml(AnnualReportFixtures.LuodianHtml, culture: English);

        AssertLuodianTables(html);
        Assert.Equal(AnnualReportFixtures.ToJson(Reference()), AnnualReportFixtures.ToJson(html));
    }

    [Fact]
    public void TheSameTablesInAWordDocumentParseAlike()
    {
        using var docx = AnnualReportFixtures.Docx(AnnualReportFixtures.LuodianRows);

        var report = AnnualReportParser.ParseDocx(docx, culture: English);

        AssertLuodianTables(report);
        Assert.Equal(AnnualReportFixtures.ToJson(Reference()), AnnualReportFixtures.ToJson(report));
    }

    [Fact]
    public void ReportsCompareByTheirLabelsAndCellsNotByReference()
    {
        var fromText = Reference();
        using var docx = AnnualReportFixtures.Docx(AnnualReportFixtures.LuodianRows);
        var fromDocx = AnnualReportParser.ParseDocx(docx, culture: English);

        Assert.Equal(fromText, fromDocx);
        Assert.NotEqual(fromText, fromDocx with { ReviewsAndLitigation = fromDocx.ReviewsAndLitigation with { Values = [.. Enumerable.Repeat<int?>(0, 14), null] } });
        Assert.NotEqual(fromText, fromDocx with { Article20 = [.. fromDocx.Article20.Select(e => e with { Unit = "元" })] });
    }

    [Fact]
    public void TheProcurementTotalIsInTheFormsUnitUnlessTheReportPrintsAnother()
    {
        var inYuanHeader = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianRows.Replace("采购总金额(万元)", "采购总金额（元）", StringComparison.Ordinal), culture: English);
        var inYuanCell = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianRows.Replace("| 15760 |", "| 157600000元 |", StringComparison.Ordinal), culture: English);
        var inWanCell = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianRows.Replace("| 15760 |", "| 15760万元 |", StringComparison.Ordinal), culture: English);

        Assert.Equal("万元", Article20Forms.Row(ReportForm.Form2019, "政府集中采购")!.Unit);
        Assert.Equal(new Article20Entry("第二十条第（九）项", "政府集中采购", ["采购项目数量", "采购总金额"], [172m, 15760m], "元"), inYuanHeader.Article20Item("政府集中采购"));
        Assert.Equal(new Article20Entry("第二十条第（九）项", "政府集中采购", ["采购项目数量", "采购总金额"], [172m, 157600000m], "元"), inYuanCell.Article20Item("政府集中采购"));
        Assert.Equal(Reference(), inWanCell);
    }

    [Fact]
    public async Task AFileIsReadByItsExtension()
    {
        using var docx = AnnualReportFixtures.Docx(AnnualReportFixtures.LuodianRows);
        using var html = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(AnnualReportFixtures.LuodianHtml));
        var cancellation = TestContext.Current.CancellationToken;

        var fromDocx = await AnnualReportParser.ParseFileAsync(docx, "罗甸2019年报.DOCX", culture: English, cancellationToken: cancellation);
        var fromHtml = await AnnualReportParser.ParseFileAsync(html, "report.htm", culture: English, cancellationToken: cancellation);

        Assert.Equal(AnnualReportFixtures.ToJson(fromDocx), AnnualReportFixtures.ToJson(fromHtml));
        var error = await Assert.ThrowsAsync<AnnualReportParseException>(() =>
            AnnualReportParser.ParseFileAsync(new MemoryStream([1, 2, 3]), "report.pdf", cancellationToken: cancellation));
        Assert.Equal(AnnualReportParseError.UnsupportedFormat, Assert.Single(error.Problems).Error);
    }

    private static AnnualReportData Reference() => AnnualReportParser.ParseText(AnnualReportFixtures.LuodianReference, culture: English);

    private static void AssertLuodianTables(AnnualReportData report)
    {
        Assert.Equal(2019, report.Year);
        Assert.Equal(ReportForm.Form2019, report.Form);
        Assert.Equal(LuodianExpected.Article20.Select(e => e.Section), report.Article20.Select(e => e.Section));
        Assert.Equal(LuodianExpected.Article20.Select(e => e.Item), report.Article20.Select(e => e.Item));
        Assert.Equal(Article20Forms.Rows(ReportForm.Form2019).Select(r => r.Columns), report.Article20.Select(e => e.Columns));
        foreach (var (expected, actual) in LuodianExpected.Article20.Zip(report.Article20))
        {
            Assert.Equal(expected.Values, actual.Values);
            Assert.Equal(expected.Unit, actual.Unit);
        }

        Assert.Equal(RequestReportForms.Columns, report.Requests.Columns);
        Assert.Equal(RequestReportForms.Rows(ReportForm.Form2019).Select(r => r.Path), report.Requests.Rows.Select(r => r.Path));
        Assert.Equal(ReferenceReport.TableThree.Select(r => r.Label), report.Requests.Rows.Select(r => r.Path[^1]));
        Assert.Equal(ReferenceReport.TableThree.Select(r => r.Values.Select(v => (int?)v)), report.Requests.Rows.Select(r => r.Values));

        Assert.Equal(ReviewTable.Columns, report.ReviewsAndLitigation.Columns);
        Assert.Equal(ReferenceReport.TableFour.Select(v => (int?)v), report.ReviewsAndLitigation.Values);
        Assert.All(report.Checks, c => Assert.True(c.Passed, c.Detail));
    }
}
