using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.AnnualReports;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>The .docx is laid out like the national form: A4, 黑体 headings, 仿宋 body, six sections, tables with merged headers.</summary>
public sealed class AnnualReportDocxTests
{
    private static byte[] Demo()
    {
        var requests = LuodianDemoRequests.Build();
        var report = new AnnualReportDocument(
            2019,
            "罗甸县人民政府",
            new ReportSections("（一）主动公开。2019年，通过罗甸县人民政府门户网站发布信息10621条。\n（二）依申请公开。共7条。", "一是队伍建设有待加强。", "无。"),
            [
                new Article20PrintRow("第二十条第（一）项", "规章", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], [0m, null, null], null),
                new Article20PrintRow("第二十条第（九）项", "政府集中采购", ["采购项目数量", "采购总金额"], [172m, 15760m], "万元"),
            ],
            RequestTables.BuildTableThree(2019, requests),
            RequestTables.BuildTableFour(2019, []),
            new DateOnly(2020, 1, 23));
        using var stream = new MemoryStream();
        AnnualReportDocx.Write(stream, report);
        return stream.ToArray();
    }

    [Fact]
    public void TheDocumentHasTheSixSectionsInOrderWithTheFormsFontsOnA4()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Demo()), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("罗甸县人民政府2019年政府信息公开工作年度报告", paragraphs[0]);
        string[] headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
        var positions = headings.Select(h => paragraphs.IndexOf(h)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("2020年1月23日", paragraphs);

        var headingRun = body.Elements<Paragraph>().First(p => p.InnerText == "一、总体情况").Descendants<RunFonts>().First();
        Assert.Equal("黑体", headingRun.EastAsia?.Value);
        var bodyRun = body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("（一）主动公开", StringComparison.Ordinal)).Descendants<RunFonts>().First();
        Assert.Equal("仿宋_GB2312", bodyRun.EastAsia?.Value);
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public void TablesCarryTheirFiguresWithMergedHeadersAndBlanksLeftBlank()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Demo()), false);
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Equal(4, tables.Count); // two 第二十条 sections, table 三, table 四

        var rules = tables[0].Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["规章", "0", "", ""], rules);
        Assert.Contains(tables[1].Elements<TableRow>().Last().Elements<TableCell>(), c => c.InnerText == "15760万元");

        var requests = tables[2];
        Assert.Contains(requests.Descendants<GridSpan>(), g => g.Val?.Value == 7);
        Assert.Contains(requests.Descendants<VerticalMerge>(), m => m.Val?.Value == MergedCellValues.Restart);
        var received = requests.Elements<TableRow>().Single(r => r.InnerText.StartsWith("一、本年新收", StringComparison.Ordinal));
        Assert.Equal(["7", "0", "0", "0", "0", "0", "7"], received.Elements<TableCell>().Skip(1).Select(c => c.InnerText));
        Assert.Equal(Enumerable.Repeat("0", 15), tables[3].Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText));
    }
}
