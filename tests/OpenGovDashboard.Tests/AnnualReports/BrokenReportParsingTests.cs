using System.Globalization;
using OpenGovDashboard.Tests.Requests;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>Reports as they are published: inconsistent tables still parse and their checks say where; garbage is refused clearly.</summary>
public sealed class BrokenReportParsingTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void AReportWhoseColumnDoesNotBalanceStillParsesAndTheBalanceCheckSaysWhere()
    {
        var text = AnnualReportFixtures.LuodianRows.Replace(
            "| 一、本年新收政府信息公开申请数量 | | | 7 | 0 | 0 | 0 | 0 | 0 | 7 |",
            "| 一、本年新收政府信息公开申请数量 | | | 8 | 0 | 0 | 0 | 0 | 0 | 8 |", StringComparison.Ordinal);

        var report = AnnualReportParser.ParseText(text, culture: English);

        Assert.Equal([8, 0, 0, 0, 0, 0, 8], report.Requests.Rows[0].Values);
        Assert.Equal([TableCheckRules.RequestsBalance], report.Checks.Where(c => !c.Passed).Select(c => c.Rule));
        Assert.Equal(
            "column 自然人: 一 8 + 二 0 = 8, but 三（七） 7 + 四 0 = 7; column 总计: 一 8 + 二 0 = 8, but 三（七） 7 + 四 0 = 7",
            report.Checks.Single(c => c.Rule == TableCheckRules.RequestsBalance).Detail);
    }

    [Fact]
    public void ATableThreeTotalThatIsNotItsPartsFailsTheRowTotalRuleAndTheBalanceOfThatColumnOnly()
    {
        var text = AnnualReportFixtures.LuodianRows.Replace(
            "| 一、本年新收政府信息公开申请数量 | | | 7 | 0 | 0 | 0 | 0 | 0 | 7 |",
            "| 一、本年新收政府信息公开申请数量 | | | 7 | 0 | 0 | 0 | 0 | 0 | 9 |", StringComparison.Ordinal);

        var report = AnnualReportParser.ParseText(text, culture: English);

        Assert.Equal([7, 0, 0, 0, 0, 0, 9], report.Requests.Rows[0].Values);
        Assert.Equal(
            [TableCheckRules.RequestsBalance, TableCheckRules.RequestsRowTotals],
            report.Checks.Where(c => !c.Passed).Select(c => c.Rule).Order(StringComparer.Ordinal));
        Assert.Contains("总计", report.Checks.Single(c => c.Rule == TableCheckRules.RequestsRowTotals).Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("自然人", report.Checks.Single(c => c.Rule == TableCheckRules.RequestsBalance).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AReviewTotalThatIsNotItsPartsFailsTheReviewCheckInChinese()
    {
        var text = AnnualReportFixtures.LuodianRows.Replace(
            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", StringComparison.Ordinal);

        var report = AnnualReportParser.ParseText(text, culture: Chinese);

        var failed = Assert.Single(report.Checks, c => !c.Passed);
        Assert.Equal((TableCheckRules.ReviewsTotals, "“行政复议/总计”：四项之和为 1，而总计为 0"), (failed.Rule, failed.Detail));
    }

    [Fact]
    public void ABlankTotalColumnStaysBlankAndTheRulesNeedingItAreLeftOut()
    {
        var rows = ReferenceReport.TableThree.Select(r => $"| {r.Label} | {string.Join(" | ", r.Values[..6])} | |");
        var text = string.Join('\n', ["罗甸县人民政府2019年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", .. rows]);

        var report = AnnualReportParser.ParseText(text, culture: English);

        Assert.All(report.Requests.Rows, r => Assert.Null(r.Values[6]));
        Assert.Equal([7, 0, 0, 0, 0, 0, null], report.Requests.Rows[0].Values);
        Assert.Equal([TableCheckRules.RequestsBalance, TableCheckRules.RequestsResultsTotal], report.Checks.Select(c => c.Rule));
        Assert.Equal("All 6 checked agree.", report.Checks[0].Detail);
        Assert.All(report.ReviewsAndLitigation.Values, Assert.Null);
        Assert.All(report.Article20, e => Assert.All(e.Values, Assert.Null));
    }

    [Fact]
    public void GarbageIsRefusedNamingWhatWasNotFoundInChineseAndEnglish()
    {
        var error = Assert.Throws<AnnualReportParseException>(() => AnnualReportParser.ParseText("Lorem ipsum\n这不是一份年度报告。| 1 | 2 |"));

        Assert.Equal([AnnualReportParseError.YearNotFound, AnnualReportParseError.RequestsTableNotFound], error.Problems.Select(p => p.Error));
        Assert.Contains("未找到报告年度", error.Describe(Chinese), StringComparison.Ordinal);
        Assert.Contains("未找到表三", error.Describe(Chinese), StringComparison.Ordinal);
        Assert.Contains("The reporting year was not found", error.Describe(English), StringComparison.Ordinal);
        Assert.Contains("Table 三 (收到和处理政府信息公开申请情况) was not found", error.Describe(English), StringComparison.Ordinal);
    }

    [Fact]
    public void AReportWithAYearButNoTableThreeIsRefused()
    {
        var error = Assert.Throws<AnnualReportParseException>(() =>
            AnnualReportParser.ParseText("罗甸县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n（略）"));

        Assert.Equal(AnnualReportParseError.RequestsTableNotFound, Assert.Single(error.Problems).Error);
    }

    [Fact]
    public void EmptyInputAndABrokenWordFileAreRefused()
    {
        Assert.Equal(AnnualReportParseError.Empty, Assert.Single(Assert.Throws<AnnualReportParseException>(() => AnnualReportParser.ParseText(" \n\t\n")).Problems).Error);
        Assert.Equal(AnnualReportParseError.UnreadableFile,
            Assert.Single(Assert.Throws<AnnualReportParseException>(() => AnnualReportParser.ParseDocx(new MemoryStream([80, 75, 3, 4, 0]))).Problems).Error);
    }

    [Fact]
    public void AFractionInTableThreeIsAParseErrorNamingTheRow()
    {
        var text = AnnualReportFixtures.LuodianRows.Replace("| (一)予以公开 | | 6 |", "| (一)予以公开 | | 6.5 |", StringComparison.Ordinal);

        var error = Assert.Throws<AnnualReportParseException>(() => AnnualReportParser.ParseText(text));

        Assert.Equal("“6.5” in “（一）予以公开” is not a whole number.", error.Describe(English));
    }

    [Fact]
    public void EveryParseErrorHasBothTexts()
    {
        Assert.All(Enum.GetValues<AnnualReportParseError>(), e => Assert.Contains(e.ToString(), AnnualReportMessages.Keys));
    }
}
