using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Tests.Demo;

/// <summary>The demo's 2019 第二十条 table and named indicators are the reference report's (docs/domain.md §0), blanks left blank.</summary>
public sealed class LuodianDemoReportFiguresTests
{
    private static readonly DateTime Now = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Article20HoldsEveryPrintedCellAndNoBlankOne()
    {
        var cells = LuodianDemoReportFigures.Article20Values(1, Now).ToDictionary(v => (v.Item, v.Column), v => v.Value);
        Assert.Equal(18, cells.Count);
        Assert.Equal(0m, cells[("规章", 0)]);
        Assert.False(cells.ContainsKey(("规章", 1)));
        Assert.False(cells.ContainsKey(("规范性文件", 2)));
        Assert.Equal([211m, -3m, 14352m], [cells[("行政许可", 0)], cells[("行政许可", 1)], cells[("行政许可", 2)]]);
        Assert.Equal([156m, 7m, 918m], [cells[("其他对外管理服务事项", 0)], cells[("其他对外管理服务事项", 1)], cells[("其他对外管理服务事项", 2)]]);
        Assert.Equal([2600m, -208m, 1673m], [cells[("行政处罚", 0)], cells[("行政处罚", 1)], cells[("行政处罚", 2)]]);
        Assert.Equal([150m, -7m, 3132m], [cells[("行政强制", 0)], cells[("行政强制", 1)], cells[("行政强制", 2)]]);
        Assert.Equal([21m, 7m], [cells[("行政事业性收费", 0)], cells[("行政事业性收费", 1)]]);
        Assert.Equal([172m, 15760m], [cells[("政府集中采购", 0)], cells[("政府集中采购", 1)]]);
    }

    [Fact]
    public void TheNarrativesIndicatorsAreThereEachOnce()
    {
        var indicators = LuodianDemoReportFigures.YearlyIndicators(1, Now).ToDictionary(i => i.Key, i => i.Value);
        Assert.Equal(YearlyIndicatorKeys.All.Order(), indicators.Keys.Order());
        Assert.Equal((79m, 59m, 7868m), (indicators[YearlyIndicatorKeys.NpcSuggestionsPublished], indicators[YearlyIndicatorKeys.CppccProposalsPublished], indicators[YearlyIndicatorKeys.ServiceGuideItems]));
        Assert.Equal((1372m, 1259m, 184m), (indicators[YearlyIndicatorKeys.ExtranetUsers], indicators[YearlyIndicatorKeys.ExtranetMobileUsers], indicators[YearlyIndicatorKeys.ExtranetVillages]));
    }
}
