using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>Last year's 第二十条 beside this year's: which cells compare across years and forms, and the derived 上一年项目数量.</summary>
public sealed class Article20PreviousYearTests
{
    private static readonly AnnualReportData Luodian2019 = AnnualReportParser.ParseText(AnnualReportFixtures.LuodianReference);

    private static IReadOnlyList<Article20Entry> Blank(ReportForm form) => [.. Article20Forms.Rows(form).Select(Article20Forms.Blank)];

    [Fact]
    public void BlankPreviousYearCountsFollowFromLastYearsCountPlusItsChangeAndEnteredOnesStay()
    {
        var entered = Blank(ReportForm.Form2019).Select(e => e.Item == "行政处罚" ? e with { Values = [2000m, null, null] } : e).ToList();

        var (entries, derived) = Article20Forms.WithPreviousYearCounts(ReportForm.Form2019, entered, ReportForm.Form2019, Luodian2019.Article20);

        var byItem = entries.ToDictionary(e => e.Item, e => e.Values.ToArray());
        Assert.Equal([208m, null, null], byItem["行政许可"]);
        Assert.Equal([163m, null, null], byItem["其他对外管理服务事项"]);
        Assert.Equal([2000m, null, null], byItem["行政处罚"]);
        Assert.Equal([143m, null, null], byItem["行政强制"]);
        Assert.Equal([28m, null], byItem["行政事业性收费"]);
        Assert.Equal([null, null, null], byItem["规章"]);
        Assert.Equal(new HashSet<(string, int)> { ("行政许可", 0), ("其他对外管理服务事项", 0), ("行政强制", 0), ("行政事业性收费", 0) }, derived.ToHashSet());
    }

    [Fact]
    public void NothingIsDerivedWithoutLastYearOrInThe2021Form()
    {
        Assert.Empty(Article20Forms.WithPreviousYearCounts(ReportForm.Form2019, Blank(ReportForm.Form2019), ReportForm.Form2019, null).Derived);
        var (entries, derived) = Article20Forms.WithPreviousYearCounts(ReportForm.Form2021, Blank(ReportForm.Form2021), ReportForm.Form2019, Luodian2019.Article20);
        Assert.Empty(derived);
        Assert.All(entries, e => Assert.All(e.Values, v => Assert.Null(v)));
    }

    [Fact]
    public void AcrossThe2021RevisionOnlyTheDecisionCountsCompare()
    {
        Assert.Equal(("行政许可", 2), Article20Forms.PreviousYearCell(ReportForm.Form2021, "行政许可", 0, ReportForm.Form2019));
        Assert.Equal(("行政强制", 2), Article20Forms.PreviousYearCell(ReportForm.Form2021, "行政强制", 0, ReportForm.Form2019));
        Assert.Null(Article20Forms.PreviousYearCell(ReportForm.Form2021, "规章", 0, ReportForm.Form2019));
        Assert.Null(Article20Forms.PreviousYearCell(ReportForm.Form2021, "行政事业性收费", 0, ReportForm.Form2019));
        Assert.Equal(("政府集中采购", 1), Article20Forms.PreviousYearCell(ReportForm.Form2019, "政府集中采购", 1, ReportForm.Form2019));
        Assert.Equal(("行政规范性文件", 2), Article20Forms.PreviousYearCell(ReportForm.Form2021, "行政规范性文件", 2, ReportForm.Form2021));
        Assert.Null(Article20Forms.PreviousYearCell(ReportForm.Form2021, "政府集中采购", 0, ReportForm.Form2021));
    }
}
