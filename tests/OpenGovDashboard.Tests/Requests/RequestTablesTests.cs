using System.Globalization;
using OpenGovDashboard.Web.Domain.Requests;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>Tables 三 and 四 counted from the register, and the consistency rules of docs/domain.md §1.7 over them.</summary>
public sealed class RequestTablesTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static DisclosureRequest Answered(string reference, ApplicantType applicant, DateOnly received, DateOnly? answered, RequestResult result = RequestResult.Disclosed) =>
        new(reference, "测试申请", "罗甸县财政局", applicant,
            answered is { } on ? [HandedIn(received), new RequestAnswered(on, result)] : [HandedIn(received)]);

    /// <summary>Received Fri 2019-12-20, due Sun 2020-01-19 (see RequestDeadlineTests), answered 2020-01-16.</summary>
    private static readonly DisclosureRequest CarriedIntoNextYear = new("LD-2019-099", "县城区供水管网改造资金使用情况", "罗甸县水务局",
        ApplicantType.NaturalPerson,
        [new RequestReceived(ReceiptChannel.Letter, D(2019, 12, 20), SignedForOn: D(2019, 12, 20)),
            new CarriedOver(D(2019, 12, 31)), new RequestAnswered(D(2020, 1, 16), RequestResult.Disclosed)]);

    [Fact]
    public void ARequestCarriedIntoTheNextYearCountsInFourThisYearAndInTwoAndItsResultNextYear()
    {
        var table2019 = RequestTables.BuildTableThree(2019, [CarriedIntoNextYear]);
        var table2020 = RequestTables.BuildTableThree(2020, [CarriedIntoNextYear]);

        Assert.Equal((1, 0, 0, 1), (table2019.Value("1", 6), table2019.Value("2", 6), table2019.Value("3.7", 6), table2019.Value("4", 6)));
        Assert.Equal((0, 1, 1, 1, 0), (table2020.Value("1", 6), table2020.Value("2", 6), table2020.Value("3.1", 6), table2020.Value("3.7", 6), table2020.Value("4", 6)));
        Assert.All(RequestTableChecks.Evaluate(table2020, previousYear: table2019, culture: English), c => Assert.True(c.Passed, c.Detail));
        Assert.Contains(RequestTableChecks.Evaluate(table2020, previousYear: table2019), c => c.Rule == TableCheckRules.CrossYearCarryOver);
        Assert.Empty(RequestValidator.Validate(CarriedIntoNextYear, Official, D(2020, 12, 31)));
    }

    [Fact]
    public void EachRequestCountsInItsApplicantsColumnAndInTheTotal()
    {
        var table = RequestTables.BuildTableThree(2024,
        [
            Answered("A", ApplicantType.NaturalPerson, D(2024, 3, 4), D(2024, 3, 20)),
            Answered("B", ApplicantType.NaturalPerson, D(2024, 5, 6), D(2024, 5, 30), RequestResult.UnavailableNotHeld),
            Answered("C", ApplicantType.CommercialEnterprise, D(2024, 6, 3), D(2024, 6, 28), RequestResult.WithheldThirdPartyRights),
            Answered("D", ApplicantType.LegalServiceInstitution, D(2024, 12, 20), null),
            Answered("E", ApplicantType.OtherOrganization, D(2023, 12, 25), D(2024, 1, 10), RequestResult.PartiallyDisclosed),
            Answered("F", ApplicantType.NaturalPerson, D(2023, 11, 1), D(2023, 11, 20)),
            Answered("G", ApplicantType.NaturalPerson, D(2025, 1, 2), null),
        ]);

        Assert.Equal(ReportForm.Form2021, table.Form);
        Assert.Equal([2, 1, 0, 0, 1, 0, 4], table.Line("1").Values);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1], table.Line("2").Values);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], table.Line("3.1").Values);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1], table.Line("3.2").Values);
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], table.Line("3.3.4").Values);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], table.Line("3.4.1").Values);
        Assert.Equal([2, 1, 0, 0, 0, 1, 4], table.Line("3.7").Values);
        Assert.Equal([0, 0, 0, 0, 1, 0, 1], table.Line("4").Values);
        Assert.Equal(25, table.Lines.Count);

        var checks = RequestTableChecks.Evaluate(table, culture: Chinese);
        Assert.Equal([TableCheckRules.RequestsBalance, TableCheckRules.RequestsResultsTotal, TableCheckRules.RequestsRowTotals], checks.Select(c => c.Rule));
        Assert.All(checks, c => Assert.True(c.Passed, c.Detail));
        Assert.Equal("检查的25项均相符。", checks.Single(c => c.Rule == TableCheckRules.RequestsRowTotals).Detail);
    }

    [Fact]
    public void The2021SubItemsOfOtherHandlingAreCountedApartFrom2021On()
    {
        DisclosureRequest NoCorrection(DateOnly received, DateOnly asked, DateOnly closed) => new("X", "测试申请", "罗甸县财政局",
            ApplicantType.NaturalPerson, [HandedIn(received), new CorrectionRequested(asked), new RequestAnswered(closed, RequestResult.OtherNoCorrection)]);

        var in2021 = RequestTables.BuildTableThree(2021, [NoCorrection(D(2021, 3, 1), D(2021, 3, 3), D(2021, 5, 10))]);
        var in2020 = RequestTables.BuildTableThree(2020, [NoCorrection(D(2020, 3, 2), D(2020, 3, 4), D(2020, 5, 11))]);

        Assert.Equal(1, in2021.Value("3.6.1", ApplicantType.NaturalPerson));
        Assert.Equal(1, in2020.Value("3.6", ApplicantType.NaturalPerson));
        Assert.Equal(23, in2020.Lines.Count);
    }

    [Fact]
    public void TableFourCountsTheYearsCasesUnderTheirOutcomeAtYearEnd()
    {
        var table = RequestTables.BuildTableFour(2024,
        [
            new ReviewCase("复议1", ReviewCaseKind.AdministrativeReview, D(2024, 4, 1), ReviewOutcome.Upheld, D(2024, 6, 1), "A"),
            new ReviewCase("复议2", ReviewCaseKind.AdministrativeReview, D(2024, 11, 1), ReviewOutcome.Corrected, D(2025, 1, 20)),
            new ReviewCase("诉讼1", ReviewCaseKind.LitigationAfterReview, D(2024, 8, 1), ReviewOutcome.Other, D(2024, 12, 31)),
            new ReviewCase("诉讼0", ReviewCaseKind.LitigationWithoutReview, D(2023, 8, 1), ReviewOutcome.Pending),
        ]);

        Assert.Equal([1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1], table.Values);
        Assert.Equal("行政诉讼/复议后起诉/总计", ReviewTable.Columns[14]);
        Assert.True(Assert.Single(RequestTableChecks.Evaluate(RequestTables.BuildTableThree(2024, []), table), c => c.Rule == TableCheckRules.ReviewsTotals).Passed);
    }

    [Fact]
    public void AnUnbalancedColumnFailsWithTheFiguresInChineseAndEnglish()
    {
        var table = RequestTables.BuildTableThree(2019, [Answered("A", ApplicantType.NaturalPerson, D(2019, 6, 3), D(2019, 6, 20))]);
        var broken = With(table, "3.7", 0, 0);

        var zh = RequestTableChecks.Evaluate(broken, culture: Chinese).Single(c => c.Rule == TableCheckRules.RequestsBalance);
        var en = RequestTableChecks.Evaluate(broken, culture: English).Single(c => c.Rule == TableCheckRules.RequestsBalance);

        Assert.False(zh.Passed);
        Assert.Equal("自然人列：一 1 + 二 0 = 1，而三（七）0 + 四 0 = 0", zh.Detail);
        Assert.Equal("column 自然人: 一 1 + 二 0 = 1, but 三（七） 0 + 四 0 = 0", en.Detail);
        Assert.False(RequestTableChecks.Evaluate(broken, culture: Chinese).Single(c => c.Rule == TableCheckRules.RequestsResultsTotal).Passed);
        Assert.Equal("“三、本年度办理结果 （七）总计”行：六类申请人之和为 0，而总计为 1",
            RequestTableChecks.Evaluate(broken, culture: Chinese).Single(c => c.Rule == TableCheckRules.RequestsRowTotals).Detail);
    }

    [Fact]
    public void ABlankCellLeavesItsColumnOutAndABlankTableLeavesTheRuleOut()
    {
        var table = RequestTables.BuildTableThree(2019, []);
        var oneBlank = With(table, "2", 0, null);
        Assert.Equal("检查的6项均相符。", RequestTableChecks.Evaluate(oneBlank, culture: Chinese).Single(c => c.Rule == TableCheckRules.RequestsBalance).Detail);

        var allBlank = table with { Lines = [.. table.Lines.Select(l => l with { Values = [.. l.Values.Select(_ => (int?)null)] })] };
        Assert.Empty(RequestTableChecks.Evaluate(allBlank, new ReviewTable(2019, new int?[15])));
    }

    [Fact]
    public void ATotalThatIsNotItsPartsAndACarryOverThatDoesNotMatchFail()
    {
        var reviews = new ReviewTable(2019, [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        var lastYear = With(RequestTables.BuildTableThree(2018, []), "4", 0, 2);
        var checks = RequestTableChecks.Evaluate(RequestTables.BuildTableThree(2019, []), reviews, lastYear, Chinese);

        Assert.Equal("“行政复议/总计”：四项之和为 1，而总计为 0", checks.Single(c => c.Rule == TableCheckRules.ReviewsTotals).Detail);
        Assert.Equal("自然人列：2018年结转下年度 2，而2019年上年结转 0", checks.Single(c => c.Rule == TableCheckRules.CrossYearCarryOver).Detail);
    }

    private static RequestTable With(RequestTable table, string key, int column, int? value) => table with
    {
        Lines = [.. table.Lines.Select(l => l.Row.Key != key ? l : l with { Values = [.. l.Values.Select((v, i) => i == column ? value : v)] })],
    };
}
