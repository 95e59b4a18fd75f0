using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Features.AnnualReports;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>Section 一 drafted from the demo's data says what the reference report says, number for number.</summary>
public sealed class AnnualReportNarrativeTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task TheDraftOfSectionOneQuotesTheReferenceReportsFigures()
    {
        var cancellation = TestContext.Current.CancellationToken;
        int county;
        await using (var db = fixture.CreateDbContext())
        {
            county = await db.OrgUnits.Where(u => u.Name == LuodianDemoData.County).Select(u => u.Id).SingleAsync(cancellation);
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var draft = await scope.ServiceProvider.GetRequiredService<AnnualReportNarrative>().DraftAsync(2019, county, cancellation);
        var text = draft.SectionOne;
        foreach (var expected in new[]
                 {
                     "发布信息10621条", "概况类信息更新1154条", "政务动态信息更新4820条", "信息公开目录信息更新4647条",
                     "79件人大代表建议和59件政协委员提案", "“罗甸县人民政府网”微信公众号发布信息115条", "“山水湖城·玉都罗甸”微信公众号发布信息2157条",
                     "“聚焦罗甸”主动发布信息768条", "“罗甸微政事”新浪微博发布信息103条", "主动公开信息195条", "办事指南清单主动公开信息共计7868条",
                     "办理依申请公开政府信息共7条", "网络申请4条", "信函申请3条", "没有结转下年度办理情况", "没有因政府信息公开申请行政复议",
                     "注册用户1372个", "手机APP注册用户1259个", "184个村（居委会）", "2019年11月6日改版上线",
                     "6月开通了“罗甸县人民政府网”微信公众号", "7月开通了“罗甸微政事”新浪微博", "业务培训会2次，汇报会1次，培训153人次",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(5, text.Split('\n').Length);
    }
}
