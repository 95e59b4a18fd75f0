using System.Globalization;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>The checks that need last year's report: 上年结转 and the 2019 form's 上一年项目数量.</summary>
public sealed class AnnualReportChecksTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly AnnualReportData Luodian2019 = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianReference, culture: English);

    /// <summary>A 2020 report (still the 2019 form) whose 上一年项目数量 follow from 2019, with <paramref name="licences"/> for 行政许可.</summary>
    private static AnnualReportData Next(decimal licences) => Luodian2019 with
    {
        Year = 2020,
        Article20 = [.. Luodian2019.Article20.Select(e => e.Columns.Contains(Article20Forms.PreviousYearCount)
            ? e with { Values = [e.Item == "行政许可" ? licences : e.Values[0] + e.Values[1], 0, .. e.Values.Skip(2)] }
            : e)],
    };

    [Fact]
    public void LastYearsCountsPlusTheirChangeGiveThisYearsPreviousYearCounts()
    {
        var checks = AnnualReportChecks.Evaluate(Next(208), Luodian2019, English);

        var article20 = Assert.Single(checks, c => c.Rule == TableCheckRules.Article20PreviousYear);
        Assert.True(article20.Passed, article20.Detail);
        Assert.Equal("All 5 checked agree.", article20.Detail);
        Assert.True(checks.Single(c => c.Rule == TableCheckRules.CrossYearCarryOver).Passed);
    }

    [Fact]
    public void APreviousYearCountThatDoesNotFollowFailsNamingTheRowAndBothYears()
    {
        var article20 = AnnualReportChecks.Evaluate(Next(209), Luodian2019, English).Single(c => c.Rule == TableCheckRules.Article20PreviousYear);

        Assert.False(article20.Passed);
        Assert.Equal("“行政许可”: 2019's 上一年项目数量 211 plus 本年增/减 -3 makes 208, but 2020's 上一年项目数量 is 209", article20.Detail);
    }

    [Fact]
    public void DataBuiltFromTheRequestTablesEqualsTheParsedReport()
    {
        var rebuilt = AnnualReportData.From(Luodian2019.Organization, Luodian2019.Article20, Luodian2019.ToRequestTable(), Luodian2019.ToReviewTable(), culture: English);

        Assert.Equal(Luodian2019, rebuilt);
    }

    [Fact]
    public void DataBuiltWithoutArticle20FiguresHasTheFormsRowsBlank()
    {
        var table = RequestTables.BuildTableThree(2022, []);

        var report = AnnualReportData.From(null, [], table, RequestTables.BuildTableFour(2022, []), culture: English);

        Assert.Equal(ReportForm.Form2021, report.Form);
        Assert.Equal(Article20Forms.Rows(ReportForm.Form2021).Select(r => r.Item), report.Article20.Select(e => e.Item));
        Assert.All(report.Article20, e => Assert.All(e.Values, Assert.Null));
        Assert.Equal(25, report.Requests.Rows.Count);
        Assert.All(report.Checks, c => Assert.True(c.Passed, c.Detail));
    }

    [Fact]
    public void WithoutAPreviousYearTheCrossYearRulesAreLeftOut()
    {
        var checks = AnnualReportChecks.Evaluate(Next(208), culture: English);

        Assert.DoesNotContain(checks, c => c.Rule is TableCheckRules.Article20PreviousYear or TableCheckRules.CrossYearCarryOver);
    }

    [Fact]
    public void The2021FormHasNoPreviousYearCountsToCheck()
    {
        var form2021 = AnnualReportParser.ParseText(AnnualReportFixtures.Form2021, culture: English);

        var checks = AnnualReportChecks.Evaluate(form2021, Luodian2019 with { Year = 2020 }, English);

        Assert.DoesNotContain(checks, c => c.Rule == TableCheckRules.Article20PreviousYear);
        Assert.False(checks.Single(c => c.Rule == TableCheckRules.CrossYearCarryOver).Passed);
    }
}
