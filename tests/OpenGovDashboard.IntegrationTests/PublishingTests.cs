using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>Postings through the API door, the rollups kept with them, and the summary served from the rollups.</summary>
public abstract class PublishingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SummaryFromTheRollupsReproducesTheReferenceReport()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var byChannel = await SummaryAsync(client, "from=2019-01-01&to=2019-12-31&groupBy=channel");
        var counts = byChannel.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("name").GetString()!, g => g.GetProperty("count").GetInt32());
        Assert.Equal(10621, counts[LuodianDemoData.Portal]);
        Assert.Equal(115, counts[LuodianDemoData.GovWeChat]);
        Assert.Equal(2157, counts[LuodianDemoData.CityWeChat]);
        Assert.Equal(768, counts[LuodianDemoData.NewsClient]);
        Assert.Equal(103, counts[LuodianDemoData.Weibo]);
        Assert.Equal(195, counts[LuodianDemoData.GovServiceSite]);

        var byCategory = await SummaryAsync(client, "from=2019-01-01&to=2019-12-31&groupBy=category");
        var categories = byCategory.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("count").GetInt32());
        Assert.Equal(1154, categories["overview"]);
        Assert.Equal(4820, categories["news"]);
        Assert.Equal(4647, categories["disclosureCatalog"]);
    }

    [Fact]
    public async Task WeeklySeriesStartOnMondayAndAddUpToTheTotal()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var summary = await SummaryAsync(client, "from=2019-03-01&to=2019-05-31&groupBy=channelKind&interval=week");
        var weChat = summary.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "weChat");
        var series = weChat.GetProperty("series").EnumerateArray().ToList();
        Assert.All(series, p => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(p.GetProperty("period").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek));
        Assert.Equal(weChat.GetProperty("count").GetInt32(), series.Sum(p => p.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task UnitRankingAcrossPartialMonthsEqualsCountingThePostings()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var summary = await SummaryAsync(client, "from=2019-02-11&to=2019-07-20&groupBy=orgUnit");
        await using var db = fixture.CreateDbContext();
        var expected = await db.Postings
            .Where(p => p.PublishedOn >= new DateOnly(2019, 2, 11) && p.PublishedOn <= new DateOnly(2019, 7, 20) && p.OrgUnitId != null)
            .GroupBy(p => p.OrgUnitId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), x => x.Count, Cancellation);
        var actual = summary.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("count").GetInt32());
        Assert.Equal(expected.OrderBy(x => x.Key), actual.OrderBy(x => x.Key));
    }

    [Fact]
    public async Task IncrementalRollupsEqualAFullRebuildOnRandomPostings()
    {
        fixture.RequireDatabase();
        var ingestion = fixture.Factory.Services.GetRequiredService<PostingIngestion>();
        var random = new Random(42);
        await using (var db = fixture.CreateDbContext())
        {
            // 2018, on the channels open then: the demo's 2019 figures stay as the report has them for the other tests.
            var channels = await db.Channels.Where(c => c.LaunchedOn < new DateOnly(2018, 6, 1))
                .Select(c => new { c.Id, c.LaunchedOn, Columns = c.Columns.Select(col => col.Id).ToList() }).ToListAsync(Cancellation);
            var unitIds = await db.OrgUnits.Select(u => u.Id).ToListAsync(Cancellation);
            for (var batch = 0; batch < 6; batch++)
            {
                var items = Enumerable.Range(0, 150).Select(i =>
                {
                    var channel = channels[random.Next(channels.Count)];
                    var day = new DateOnly(2018, 6, 1).AddDays(random.Next(150));
                    return new PostingInput
                    {
                        Channel = channel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Column = channel.Columns.Count > 0 && random.Next(4) > 0 ? channel.Columns[random.Next(channel.Columns.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                        OrgUnit = random.Next(5) > 0 ? unitIds[random.Next(unitIds.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                        Title = $"随机测试信息 {batch}-{i}",
                        PublishedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(random.Next(24), random.Next(60))), TimeSpan.FromHours(8)),
                        // Some items repeat an earlier external id: duplicates must not be counted twice.
                        ExternalId = $"random-{random.Next(700)}",
                    };
                }).ToList();
                var result = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test", items, null, Cancellation);
                Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            }
        }

        var incremental = await RollupSnapshot.TakeAsync(fixture, Cancellation);
        Assert.All(incremental, rows => Assert.NotEmpty(rows));
        await using (var db = fixture.CreateDbContext())
        {
            await PostingRollups.RebuildAsync(db, Cancellation);
        }

        // All five rollups: day × channel × column, month × channel × unit, month × channel × column, month × unit, day × unit.
        var rebuilt = await RollupSnapshot.TakeAsync(fixture, Cancellation);
        for (var i = 0; i < rebuilt.Count; i++)
        {
            Assert.Equal(rebuilt[i], incremental[i]);
        }

        // And the nightly job, run twice, changes nothing.
        var job = fixture.Factory.Services.GetRequiredService<RollupRebuildJob>();
        await job.RunAsync(Cancellation);
        await job.RunAsync(Cancellation);
        Assert.Equal(rebuilt, await RollupSnapshot.TakeAsync(fixture, Cancellation));
    }

    [Fact]
    public async Task OneBadItemWritesNothingAndNamesTheItemAndField()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        var before = await CountAsync();
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), new object[]
        {
            new { channel = LuodianDemoData.Weibo, title = "合格的一条", publishedAt = "2019-12-30T10:00:00+08:00", externalId = "bad-batch-1" },
            new { channel = "不存在的渠道", title = "渠道不存在", publishedAt = "2019-12-30T10:00:00+08:00" },
            new { channel = LuodianDemoData.Weibo, title = "开通之前", publishedAt = "2019-01-05T10:00:00+08:00" },
            new { channel = LuodianDemoData.Weibo, title = "", publishedAt = "yesterday" },
        }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("index").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Contains((1, "channel"), errors);
        Assert.Contains((2, "publishedAt"), errors);
        Assert.Contains((3, "publishedAt"), errors);
        Assert.DoesNotContain(errors, e => e.Item1 == 0);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task TheSameBatchTwiceAddsNothingTheSecondTime()
    {
        fixture.RequireDatabase();
        using var client = AdminClient();
        object[] batch =
        [
            new { channel = LuodianDemoData.CityWeChat, title = "按外部编号去重", publishedAt = "2018-12-29T09:00:00+08:00", externalId = "twice-1" },
            new { channel = LuodianDemoData.CityWeChat, title = "按链接去重", publishedAt = "2018-12-29T09:05:00+08:00", url = "https://mp.weixin.qq.com/s/twice-2" },
            new { channel = LuodianDemoData.CityWeChat, title = "按标题和时间去重", publishedAt = "2018-12-29T09:10:00+08:00" },
        ];
        var first = await (await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), batch, Cancellation)).Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var second = await (await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), batch, Cancellation)).Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(3, first.GetProperty("added").GetInt32());
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(3, second.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task ScopedKeyCannotPostForAnotherUnit()
    {
        fixture.RequireDatabase();
        var key = ApiKeyHasher.NewKey();
        await using (var db = fixture.CreateDbContext())
        {
            var unit = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
            db.ApiKeys.Add(new ApiKey { Name = "edu-ingest", Prefix = "x", Hash = ApiKeyHasher.Hash(key), Role = ApiKeyRole.Ingest, OrgUnitId = unit, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancellation);
        }

        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var before = await CountAsync();
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), new object[]
        {
            new { channel = LuodianDemoData.Portal, column = "部门动态", title = "教育局动态", publishedAt = "2019-12-20T09:00:00+08:00" },
            new { channel = LuodianDemoData.Portal, column = "部门动态", orgUnit = LuodianDemoData.CountyOffice, title = "冒充县政府办", publishedAt = "2019-12-20T09:00:00+08:00" },
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    private HttpClient AdminClient()
    {
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        return client;
    }

    private static async Task<JsonElement> SummaryAsync(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/postings/summary?" + query, UriKind.Relative), Cancellation);

    private async Task<int> CountAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Postings.CountAsync(Cancellation);
    }
}

public sealed class SqlitePublishingTests(SqliteAppFixture fixture) : PublishingTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlPublishingTests(PostgreSqlAppFixture fixture) : PublishingTests<PostgreSqlAppFixture>(fixture);
