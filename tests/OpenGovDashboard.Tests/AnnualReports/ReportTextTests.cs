using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>How printed cells read as figures and labels (docs/domain.md §1.7: 增7 / 减3 / -18, units inside cells, blanks).</summary>
public sealed class ReportTextTests
{
    [Theory]
    [InlineData("增7", 7, null)]
    [InlineData("减3", -3, null)]
    [InlineData("-18", -18, null)]
    [InlineData("－18", -18, null)]
    [InlineData("14,352", 14352, null)]
    [InlineData("１５７６０", 15760, null)]
    [InlineData("75394432.52元", 75394432.52, "元")]
    [InlineData("15760万元", 15760, "万元")]
    [InlineData("172项", 172, null)]
    [InlineData(" 0 ", 0, null)]
    public void APrintedFigureReadsAsItsNumberAndMoneyUnit(string cell, double number, string? unit)
    {
        Assert.Equal(new ReportValue((decimal)number, unit), ReportText.Value(cell));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("/")]
    [InlineData("无")]
    public void ABlankOrDashIsBlankNotZero(string cell)
    {
        Assert.Equal(ReportValue.Blank, ReportText.Value(cell));
    }

    [Theory]
    [InlineData("规章")]
    [InlineData("2020年1月23日")]
    [InlineData("1.属于国家秘密")]
    public void ALabelIsNotAFigure(string cell)
    {
        Assert.Null(ReportText.Value(cell));
    }

    [Theory]
    [InlineData("（一）予以公开", "(一) 予以公开")]
    [InlineData("1.属于国家秘密", "1、属于国家秘密")]
    [InlineData("3.危及“三安全一稳定”", "3. 危及\"三安全一稳定\"")]
    [InlineData("本年新公开数量", "本年新 公开数量")]
    [InlineData("第二十条第（一）项", "第二十条第(一)项")]
    [InlineData("一、本年新收政府信息公开申请数量", "\u2F00、本年新收政府信息公开申请数量")]
    public void LabelsMatchWhateverBracketsNumberingAndSpacesTheyArePrintedWith(string form, string printed)
    {
        Assert.Equal(ReportText.Key(form), ReportText.Key(printed));
    }
}
