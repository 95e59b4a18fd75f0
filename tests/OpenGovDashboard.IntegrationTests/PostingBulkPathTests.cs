using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// The bulk write path of <see cref="PostingIngestion"/> (multi-row INSERTs and rollup upserts) and the rollups the summary
/// reads whole months and unit rankings from, against a real database. Each test uses its own days of 2018 on the portal,
/// so that the demo's 2019 figures and the other tests' counts stay as they are.
/// </summary>
public abstract class PostingBulkPathTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BulkPathDedupesWithinTheBatchAndAgainstTheDatabase()
    {
        fixture.RequireDatabase();
        var ingestion = fixture.Factory.Services.GetRequiredService<PostingIngestion>();
        var first = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test",
            [Item("已有 1", "2018-11-05T09:00:00+08:00", externalId: "bulk-dedupe-1"), Item("已有 2", "2018-11-05T09:00:00+08:00", url: "https://www.ld.gov.cn/bulk-dedupe-2")],
            null, Cancellation);
        Assert.Equal(2, first.Added);
        var before = await CountsAsync();

        var second = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test",
        [
            Item("外部编号与库中重复", "2018-11-06T09:00:00+08:00", externalId: "bulk-dedupe-1"),
            Item("链接与库中重复", "2018-11-06T09:00:00+08:00", url: "https://www.ld.gov.cn/bulk-dedupe-2"),
            Item("新 外部编号", "2018-11-06T09:00:00+08:00", externalId: "bulk-dedupe-3"),
            Item("批内重复 外部编号", "2018-11-06T10:00:00+08:00", externalId: "bulk-dedupe-3"),
            Item("新 链接", "2018-11-06T09:00:00+08:00", url: "https://www.ld.gov.cn/bulk-dedupe-4"),
            Item("批内重复 链接", "2018-11-07T09:00:00+08:00", url: "https://www.ld.gov.cn/bulk-dedupe-4"),
            Item("只有标题和时间", "2018-11-08T09:00:00+08:00"),
            Item("只有标题和时间", "2018-11-08T09:00:00+08:00"),
            Item("只有标题和时间", "2018-11-08T09:01:00+08:00"),
        ], null, Cancellation);

        Assert.True(second.Succeeded);
        Assert.Equal(4, second.Added);
        Assert.Equal(5, second.Duplicates);
        var after = await CountsAsync();
        Assert.Equal(before[0] + 4, after[0]);
        Assert.All(after.Skip(1), total => Assert.Equal(after[0], total));
    }

    [Fact]
    public async Task OneBadRowWritesNeitherPostingsNorRollupsNorAudit()
    {
        fixture.RequireDatabase();
        var ingestion = fixture.Factory.Services.GetRequiredService<PostingIngestion>();
        var before = await CountsAsync();
        var audits = await AuditCountAsync();
        var result = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test",
        [
            Item("好的一条", "2018-11-12T09:00:00+08:00", externalId: "bulk-bad-1"),
            Item("", "2018-11-12T09:00:00+08:00", externalId: "bulk-bad-2"),
            Item("好的又一条", "2018-11-12T09:00:00+08:00", externalId: "bulk-bad-3"),
        ], 2, Cancellation);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Field == "title");
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task RunningTheSameBatchAgainChangesNothingButTheAudit()
    {
        fixture.RequireDatabase();
        var ingestion = fixture.Factory.Services.GetRequiredService<PostingIngestion>();
        var notifier = fixture.Factory.Services.GetRequiredService<PublishingNotifier>();
        await fixture.WaitForStartupCatchUpAsync(Cancellation);
        var signals = 0;
        void Count() => Interlocked.Increment(ref signals);
        notifier.PostingsChanged += Count;
        try
        {
            var batch = Enumerable.Range(0, 1500)
                .Select(i => Item($"重跑 {i}", $"2018-11-{14 + (i % 10):00}T{8 + (i % 9):00}:00:00+08:00", externalId: $"bulk-again-{i}"))
                .ToList();
            var audits = await AuditCountAsync();
            var first = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test", batch, null, Cancellation);
            Assert.Equal(1500, first.Added);
            Assert.Equal(1, signals);
            var once = await SnapshotAsync();

            var again = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test", batch, null, Cancellation);
            Assert.Equal(0, again.Added);
            Assert.Equal(1500, again.Duplicates);
            Assert.Equal(once, await SnapshotAsync());
            Assert.Equal(1, signals);
            Assert.Equal(audits + 2, await AuditCountAsync());
        }
        finally
        {
            notifier.PostingsChanged -= Count;
        }
    }

    [Fact]
    public async Task UnitDaySeriesCountsEachDayNotTheMonthOnItsFirstDay()
    {
        fixture.RequireDatabase();
        var ingestion = fixture.Factory.Services.GetRequiredService<PostingIngestion>();
        var queries = fixture.Factory.Services.GetRequiredService<PublishingQueries>();
        int unitId;
        await using (var db = fixture.CreateDbContext())
        {
            unitId = await db.OrgUnits.Where(u => u.Name == LuodianDemoData.Tourism).Select(u => u.Id).SingleAsync(Cancellation);
        }

        // Three days in whole months (Sep and Oct 2018) and one in the edge days before them.
        var result = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test",
        [
            Item("旅游 1", "2018-08-30T09:00:00+08:00", externalId: "bulk-series-1", unit: LuodianDemoData.Tourism),
            Item("旅游 2", "2018-09-12T09:00:00+08:00", externalId: "bulk-series-2", unit: LuodianDemoData.Tourism),
            Item("旅游 3", "2018-09-12T15:00:00+08:00", externalId: "bulk-series-3", unit: LuodianDemoData.Tourism),
            Item("旅游 4", "2018-10-03T09:00:00+08:00", externalId: "bulk-series-4", unit: LuodianDemoData.Tourism),
        ], null, Cancellation);
        Assert.Equal(4, result.Added);

        var from = new DateOnly(2018, 8, 20);
        var to = new DateOnly(2018, 10, 31);
        Dictionary<DateOnly, int> expected;
        await using (var db = fixture.CreateDbContext())
        {
            expected = await db.Postings.Where(p => p.OrgUnitId == unitId && p.PublishedOn >= from && p.PublishedOn <= to)
                .GroupBy(p => p.PublishedOn).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Cancellation);
        }

        Assert.Equal(2, expected[new DateOnly(2018, 9, 12)]);
        foreach (var groupBy in new[] { SummaryGroupBy.Channel, SummaryGroupBy.OrgUnit })
        {
            var summary = await queries.SummaryAsync(new SummaryRequest(from, to, groupBy, SummaryInterval.Day, unitId), Cancellation);
            var byDay = summary.Groups.SelectMany(g => g.Series!).GroupBy(p => p.Period).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
            Assert.Equal(expected.OrderBy(x => x.Key), byDay.OrderBy(x => x.Key));
        }

        var ranking = await queries.SummaryAsync(new SummaryRequest(from, to, SummaryGroupBy.OrgUnit, SummaryInterval.Day), Cancellation);
        var tourism = ranking.Groups.Single(g => g.Key == unitId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.OrderBy(x => x.Key), tourism.Series!.ToDictionary(p => p.Period, p => p.Count).OrderBy(x => x.Key));
    }

    [Fact]
    public async Task CachedCountyWideSummaryIsRetiredByTheNextIngest()
    {
        fixture.RequireDatabase();
        var ingestion = fixture.Factory.Services.GetRequiredService<PostingIngestion>();
        var queries = fixture.Factory.Services.GetRequiredService<PublishingQueries>();
        var request = new SummaryRequest(new DateOnly(2018, 12, 1), new DateOnly(2018, 12, 20), SummaryGroupBy.Channel, SummaryInterval.None);
        var before = await queries.SummaryAsync(request, Cancellation);
        Assert.Equal(before.Total, (await queries.SummaryAsync(request, Cancellation)).Total);

        var result = await ingestion.IngestAsync(UnitScope.CountyWide, "test", "test",
            [Item("缓存之后", "2018-12-10T09:00:00+08:00", externalId: "bulk-cache-1")], null, Cancellation);
        Assert.Equal(1, result.Added);
        Assert.Equal(before.Total + 1, (await queries.SummaryAsync(request, Cancellation)).Total);
    }

    [Fact]
    public async Task CachedCountyWideSummaryShowsARenamedChannelAtOnce()
    {
        fixture.RequireDatabase();
        var queries = fixture.Factory.Services.GetRequiredService<PublishingQueries>();
        var request = new SummaryRequest(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), SummaryGroupBy.Channel, SummaryInterval.None);
        Assert.Contains((await queries.SummaryAsync(request, Cancellation)).Groups, g => g.Name == LuodianDemoData.GovWeChat);
        const string renamed = "罗甸县人民政府网（改名测试）";
        try
        {
            await RenameAsync(LuodianDemoData.GovWeChat, renamed);
            var after = await queries.SummaryAsync(request, Cancellation);
            Assert.Contains(after.Groups, g => g.Name == renamed);
            Assert.DoesNotContain(after.Groups, g => g.Name == LuodianDemoData.GovWeChat);
        }
        finally
        {
            await RenameAsync(renamed, LuodianDemoData.GovWeChat);
        }
    }

    [Theory]
    [InlineData(SummaryGroupBy.Channel, SummaryInterval.None)]
    [InlineData(SummaryGroupBy.Column, SummaryInterval.Month)]
    [InlineData(SummaryGroupBy.OrgUnit, SummaryInterval.None)]
    [InlineData(SummaryGroupBy.OrgUnit, SummaryInterval.Month)]
    public async Task SummariesOverWholeMonthsAndEdgeDaysEqualCountingThePostings(SummaryGroupBy groupBy, SummaryInterval interval)
    {
        fixture.RequireDatabase();
        var queries = fixture.Factory.Services.GetRequiredService<PublishingQueries>();
        var from = new DateOnly(2019, 2, 11);
        var to = new DateOnly(2019, 11, 20);
        var summary = await queries.SummaryAsync(new SummaryRequest(from, to, groupBy, interval), Cancellation);

        await using var db = fixture.CreateDbContext();
        var postings = db.Postings.Where(p => p.PublishedOn >= from && p.PublishedOn <= to);
        var rows = groupBy switch
        {
            SummaryGroupBy.Channel => await postings.Select(p => new { Key = p.ChannelId, p.PublishedOn }).ToListAsync(Cancellation),
            SummaryGroupBy.Column => await postings.Where(p => p.ColumnId != null).Select(p => new { Key = p.ColumnId!.Value, p.PublishedOn }).ToListAsync(Cancellation),
            _ => await postings.Where(p => p.OrgUnitId != null).Select(p => new { Key = p.OrgUnitId!.Value, p.PublishedOn }).ToListAsync(Cancellation),
        };
        var expected = rows.GroupBy(r => r.Key.ToString(CultureInfo.InvariantCulture))
            .Select(g => $"{g.Key}={g.Count()}:" + (interval == SummaryInterval.None ? ""
                : string.Join(",", g.GroupBy(r => SummaryRequest.PeriodOf(r.PublishedOn, interval)).OrderBy(p => p.Key).Select(p => $"{p.Key:yyyy-MM-dd}/{p.Count()}"))))
            .Order(StringComparer.Ordinal).ToList();
        var actual = summary.Groups
            .Select(g => $"{g.Key}={g.Count}:" + (g.Series is null ? "" : string.Join(",", g.Series.Select(p => $"{p.Period:yyyy-MM-dd}/{p.Count}"))))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    private static PostingInput Item(string title, string publishedAt, string? externalId = null, string? url = null, string? unit = null) => new()
    {
        Channel = LuodianDemoData.Portal,
        OrgUnit = unit ?? LuodianDemoData.EGovCentre,
        Title = title,
        Url = url,
        ExternalId = externalId,
        PublishedAt = DateTimeOffset.Parse(publishedAt, CultureInfo.InvariantCulture),
    };

    private async Task RenameAsync(string from, string to)
    {
        await using var db = fixture.CreateDbContext();
        await db.Channels.Where(c => c.Name == from).ExecuteUpdateAsync(c => c.SetProperty(x => x.Name, to), Cancellation);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditEntries.CountAsync(e => e.Action == "postings.ingest", Cancellation);
    }

    /// <summary>The number of postings, then what each of the five rollups adds up to.</summary>
    private async Task<List<int>> CountsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return
        [
            await db.Postings.CountAsync(Cancellation),
            await db.PostingDayRollups.SumAsync(r => r.Count, Cancellation),
            await db.PostingMonthRollups.SumAsync(r => r.Count, Cancellation),
            await db.PostingMonthColumnRollups.SumAsync(r => r.Count, Cancellation),
            await db.PostingMonthUnitRollups.SumAsync(r => r.Count, Cancellation),
            await db.PostingDayUnitRollups.SumAsync(r => r.Count, Cancellation),
        ];
    }

    private async Task<string> SnapshotAsync() => string.Join("|", (await RollupSnapshot.TakeAsync(fixture, Cancellation)).Select(t => string.Join(",", t)));
}

public sealed class SqlitePostingBulkPathTests(SqliteAppFixture fixture) : PostingBulkPathTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlPostingBulkPathTests(PostgreSqlAppFixture fixture) : PostingBulkPathTests<PostgreSqlAppFixture>(fixture);
