using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Tests.Publishing;

/// <summary>
/// The bulk path's SQL, generated from each provider's model without a connection. SQL Server cannot run here, so its
/// MERGE and its parameter limit are held to their shape by these tests; SQLite and PostgreSQL run it in the integration tests.
/// </summary>
public sealed class PostingBulkSqlTests
{
    private static readonly (object[] Keys, int Count)[] TwoDays =
        [([new DateOnly(2026, 1, 2), 7, 0], 3), ([new DateOnly(2026, 1, 3), 8, 41], 1)];

    [Fact]
    public void SqlServerAddsRollupCountsWithOneMergePerThousandRows()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var sql = Assert.Single(PostingBulkSql.UpsertCommands(db, typeof(PostingDayRollup), PostingRollups.DayKeys, TwoDays));
        Assert.StartsWith("MERGE INTO [PostingDayRollups] WITH (HOLDLOCK) AS [target] USING (VALUES ", sql, StringComparison.Ordinal);
        Assert.Contains("'2026-01-02', 7, 0, 3), (", sql, StringComparison.Ordinal);
        Assert.Contains(") AS [source] ([Day], [ChannelId], [ColumnKey], [Count]) ON [target].[Day] = [source].[Day] AND [target].[ChannelId] = [source].[ChannelId] AND [target].[ColumnKey] = [source].[ColumnKey]", sql, StringComparison.Ordinal);
        Assert.Contains("WHEN MATCHED THEN UPDATE SET [target].[Count] = [target].[Count] + [source].[Count]", sql, StringComparison.Ordinal);
        Assert.EndsWith("WHEN NOT MATCHED THEN INSERT ([Day], [ChannelId], [ColumnKey], [Count]) VALUES ([source].[Day], [source].[ChannelId], [source].[ColumnKey], [source].[Count]);", sql, StringComparison.Ordinal);

        var many = Enumerable.Range(0, 2500).Select(i => (Keys: new object[] { 2026, 1, i }, Count: 1)).ToList();
        Assert.Equal(3, PostingBulkSql.UpsertCommands(db, typeof(PostingMonthUnitRollup), PostingRollups.MonthUnitKeys, many).Count);
    }

    [Fact]
    public void SqliteAndPostgreSqlAddRollupCountsOnConflict()
    {
        using (var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]))
        {
            var sql = Assert.Single(PostingBulkSql.UpsertCommands(sqlite, typeof(PostingDayUnitRollup), PostingRollups.DayUnitKeys, [([new DateOnly(2026, 1, 2), 5], 2)]));
            Assert.Equal("""INSERT INTO "PostingDayUnitRollups" ("Day", "OrgUnitKey", "Count") VALUES ('2026-01-02', 5, 2) ON CONFLICT ("Day", "OrgUnitKey") DO UPDATE SET "Count" = "PostingDayUnitRollups"."Count" + excluded."Count";""", sql);
        }

        using var postgres = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        var pg = Assert.Single(PostingBulkSql.UpsertCommands(postgres, typeof(PostingDayRollup), PostingRollups.DayKeys, TwoDays));
        Assert.Contains("""ON CONFLICT ("Day", "ChannelId", "ColumnKey") DO UPDATE SET "Count" = "PostingDayRollups"."Count" + excluded."Count";""", pg, StringComparison.Ordinal);
        Assert.Contains("DATE '2026-01-02', 7, 0, 3)", pg, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryUpsertTargetIsAUniqueKeyOfItsRollupInEveryProvider()
    {
        foreach (var db in Contexts())
        {
            using (db)
            {
                foreach (var (rollup, keys) in PostingRollups.Grains)
                {
                    var entity = db.Model.FindEntityType(rollup)!;
                    var unique = entity.GetKeys().Select(k => k.Properties).Concat(entity.GetIndexes().Where(i => i.IsUnique).Select(i => i.Properties));
                    Assert.Contains(unique, properties => properties.Select(p => p.Name).SequenceEqual(keys));
                }
            }
        }
    }

    [Fact]
    public void PostingInsertsStayWithinEachProvidersParameterLimit()
    {
        var columns = PostingBulkSql.PostingProperties.Count;
        Assert.True(PostingBulkSql.PostingRowsPerCommand(PostingBulkSql.Dialect.SqlServer) * columns <= 2100);
        Assert.True(PostingBulkSql.PostingRowsPerCommand(PostingBulkSql.Dialect.Sqlite) * columns <= 32_766);
        Assert.True(PostingBulkSql.PostingRowsPerCommand(PostingBulkSql.Dialect.PostgreSql) * columns <= 65_535);

        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var entity = db.Model.FindEntityType(typeof(Posting))!;
        var prefix = PostingBulkSql.InsertPrefix(db, entity, [.. PostingBulkSql.PostingProperties.Select(p => entity.FindProperty(p)!)]);
        Assert.Equal("INSERT INTO [Postings] ([ChannelId], [ColumnId], [OrgUnitId], [Title], [Url], [PublishedAtUtc], [PublishedOn], [ExternalId], [CreatedAtUtc], [IsDemo]) VALUES ", prefix);

        // Every column of a posting but its generated id is written.
        Assert.Equal(entity.GetProperties().Count(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never), columns);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-11-20", "2026-01-01", "2026-11-01")]
    [InlineData("2025-03-15", "2026-08-31", "2025-04-01", "2026-09-01")]
    [InlineData("2026-11-02", "2026-11-20", "2026-12-01", "2026-12-01")]
    [InlineData("2026-02-01", "2026-02-28", "2026-02-01", "2026-03-01")]
    public void WholeMonthsOfASpanLeaveTheEdgeDaysOut(string from, string to, string firstWhole, string afterLastWhole)
    {
        var (first, after) = PublishingQueries.WholeMonths(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(firstWhole, System.Globalization.CultureInfo.InvariantCulture), first);
        Assert.Equal(DateOnly.Parse(afterLastWhole, System.Globalization.CultureInfo.InvariantCulture), after);
    }

    private static IEnumerable<DashboardDbContext> Contexts()
    {
        yield return new SqliteDesignTimeFactory().CreateDbContext([]);
        yield return new SqlServerDesignTimeFactory().CreateDbContext([]);
        yield return new PostgreSqlDesignTimeFactory().CreateDbContext([]);
    }
}
