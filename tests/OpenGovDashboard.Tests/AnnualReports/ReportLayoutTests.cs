using System.Globalization;
using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>More layouts real reports come in, all read to the reference report's figures.</summary>
public sealed class ReportLayoutTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly string Reference = AnnualReportFixtures.ToJson(AnnualReportParser.ParseText(AnnualReportFixtures.LuodianReference, culture: English));

    [Fact]
    public void ALabelWrappedOverTwoLinesOfAPdfIsStillFound()
    {
        var text = AnnualReportFixtures.LuodianReference.Replace(
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |", "(二)部分公开(区分处理的,只计这一情形,不计 |\n其他情形) |", StringComparison.Ordinal);

        Assert.NotEqual(AnnualReportFixtures.LuodianReference, text);
        Assert.Equal(Reference, AnnualReportFixtures.ToJson(AnnualReportParser.ParseText(text, culture: English)));
    }

    [Fact]
    public void RowsLaidOutWithSpacesAsPdfToTextPrintsThemParseAlike()
    {
        var lines = AnnualReportFixtures.LuodianRows.Split('\n').Select(line => line.StartsWith('|')
            ? string.Join("   ", line.Trim('|', ' ').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0))
            : line);
        var text = string.Join('\n', lines).Replace(
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形)   1   0   0   0   0   0   1",
            "(二)部分公开(区分处理的,只计这一情形,不计   1   0   0   0   0   0   1\n其他情形)", StringComparison.Ordinal);

        Assert.Contains("(三)不予公开   1、属于国家秘密   0", text, StringComparison.Ordinal);
        Assert.Equal(Reference, AnnualReportFixtures.ToJson(AnnualReportParser.ParseText(text, culture: English)));
    }

    [Fact]
    public void AnArticleInsideALayoutTableOfAnOlderPortalParsesAlike()
    {
        var page = AnnualReportFixtures.LuodianHtml
            .Replace("<title>罗甸县人民政府2019年政府信息公开工作年度报告</title>", "<title>罗甸县人民政府2019年政府信息公开工作年度报告_罗甸县人民政府</title>", StringComparison.Ordinal)
            .Replace("<div class=\"article\">", "<table class=\"layout\"><tr><td>导航</td></tr><tr><td><div class=\"article\">", StringComparison.Ordinal)
            .Replace("</div>\n</body>", "</div></td></tr></table>\n</body>", StringComparison.Ordinal);

        Assert.Contains("class=\"layout\"", page, StringComparison.Ordinal);
        Assert.Equal(Reference, AnnualReportFixtures.ToJson(AnnualReportParser.ParseHtml(page, culture: English)));
    }
}
