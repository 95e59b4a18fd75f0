using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// Upgrades (issue 9): the DBA's idempotent scripts in <c>deploy/sql/</c> are current and can run twice; a database at the
/// previous release's schema, with data in it, is brought current by the app's start-up and keeps its data.
/// </summary>
public sealed class UpgradeTests
{
    /// <summary>
    /// The name of the last migration of the previous release (the schema a county runs before this one). Move it forward when a
    /// release is cut; the rows <see cref="SeedPreviousReleaseAsync"/> writes are in that schema's terms.
    /// </summary>
    public const string PreviousRelease = "DashboardRollups";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> ScriptProviders => ["SqlServer", "PostgreSql"];

    [Theory]
    [MemberData(nameof(ScriptProviders))]
    public void TheDbaScriptInDeployIsCurrent(string provider)
    {
        var path = ScriptPath(provider);
        var generated = GenerateScript(provider);
        if (Environment.GetEnvironmentVariable("OPENGOV_UPDATE_DEPLOY_SQL") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with OPENGOV_UPDATE_DEPLOY_SQL=1");
        Assert.True(
            Normalize(File.ReadAllText(path)) == Normalize(generated),
            $"{Path.GetFileName(path)} is not the current migrations' script: after adding a migration, run `OPENGOV_UPDATE_DEPLOY_SQL=1 dotnet run -- -class '*UpgradeTests'` in tests/OpenGovDashboard.IntegrationTests and commit deploy/sql/.");
    }

    [Fact]
    public async Task ThePostgreSqlScriptAppliedTwiceGivesASchemaTheAppStartsOnWithoutMigrating()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();
        if (database is null)
        {
            Assert.Skip(TestDatabase.SkipMessage);
        }

        var script = await File.ReadAllTextAsync(ScriptPath("PostgreSql"), Cancellation);
        for (var run = 0; run < 2; run++)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(Cancellation);
            await using var command = new NpgsqlCommand(script, connection);
            await command.ExecuteNonQueryAsync(Cancellation);
        }

        await using var app = new DashboardAppFactory(database.Provider, database.ConnectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Database:MigrationWait"] = "00:00:05",
        });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var summary = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/postings/summary?from=2019-01-01&to=2019-12-31&groupBy=channel", UriKind.Relative), Cancellation);
        var portal = summary.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("name").GetString() == OpenGovDashboard.Web.Data.Demo.LuodianDemoData.Portal);
        Assert.Equal(10621, portal.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ANodeThatDoesNotMigrateStopsNamingTheMissingMigrations()
    {
        await using var database = TestDatabase.Sqlite();
        await using var app = new DashboardAppFactory(database.Provider, database.ConnectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Database:MigrationWait"] = "00:00:00",
        });
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("_Initial", Repository.Flatten(error), StringComparison.Ordinal);
        Assert.Contains("deploy/sql", Repository.Flatten(error), StringComparison.Ordinal);
    }

    public static TheoryData<string> DatabaseProviders => ["Sqlite", "PostgreSql"];

    [Theory]
    [MemberData(nameof(DatabaseProviders))]
    public async Task ADatabaseAtThePreviousReleaseIsUpgradedAtStartAndKeepsItsData(string provider)
    {
        await using var database = provider == "Sqlite" ? TestDatabase.Sqlite() : await TestDatabase.PostgreSqlAsync();
        if (database is null)
        {
            Assert.Skip(TestDatabase.SkipMessage);
        }

        await using (var db = Context(database))
        {
            var previous = db.Database.GetMigrations().Single(m => m.EndsWith("_" + PreviousRelease, StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(previous, cancellationToken: Cancellation);
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync(Cancellation));
            await SeedPreviousReleaseAsync(db);
        }

        await using var app = new DashboardAppFactory(database.Provider, database.ConnectionString, new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var summary = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/postings/summary?from=2018-01-01&to=2018-12-31&groupBy=channel", UriKind.Relative), Cancellation);
        var site = summary.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("name").GetString() == "升级前的门户网站");
        Assert.Equal(3, site.GetProperty("count").GetInt32());

        await using (var db = Context(database))
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancellation));
            Assert.Equal(3, await db.Postings.CountAsync(p => p.Title.StartsWith("升级前"), Cancellation));
            Assert.Equal("升级前的单位", await db.OrgUnits.Where(u => u.Name == "升级前的单位").Select(u => u.Name).SingleAsync(Cancellation));
            Assert.True(await db.LiveSignals.AnyAsync(Cancellation), "the new release's rows are seeded by its migrations");
        }
    }

    /// <summary>A unit, a channel and three postings written in the previous release's schema (plain SQL: the current model may differ).</summary>
    private static async Task SeedPreviousReleaseAsync(DashboardDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "OrgUnits" ("Name", "Kind", "ParentId", "SortOrder", "IsDemo") VALUES ('升级前的单位', 'Department', NULL, 1, FALSE)""", Cancellation);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Channels" ("Name", "Kind", "OwnerOrgUnitId", "LaunchedOn", "RetiredOn", "IsDemo") SELECT '升级前的门户网站', 'Portal', "Id", '2018-01-01', NULL, FALSE FROM "OrgUnits" WHERE "Name" = '升级前的单位'""",
            Cancellation);
        for (var i = 1; i <= 3; i++)
        {
            var at = new DateTime(2018, 6, i, 2, 0, 0, DateTimeKind.Utc);
            var on = DateOnly.FromDateTime(at);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Postings" ("ChannelId", "ColumnId", "OrgUnitId", "Title", "Url", "PublishedAtUtc", "PublishedOn", "ExternalId", "CreatedAtUtc", "IsDemo") SELECT "Id", NULL, "OwnerOrgUnitId", {0}, NULL, {1}, {2}, {3}, {1}, FALSE FROM "Channels" WHERE "Name" = '升级前的门户网站'""",
                [$"升级前的第{i}条", at, on, $"before-upgrade-{i}"],
                Cancellation);
        }
    }

    private static DashboardDbContext Context(TestDatabase database) => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDashboardDbContext(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(database.ConnectionString).Options),
        DatabaseProvider.PostgreSql => new PostgreSqlDashboardDbContext(new DbContextOptionsBuilder<PostgreSqlDashboardDbContext>().UseNpgsql(database.ConnectionString).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(database)),
    };

    private static string GenerateScript(string provider)
    {
        using DashboardDbContext db = provider == "SqlServer" ? new SqlServerDesignTimeFactory().CreateDbContext([]) : new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    private static string ScriptPath(string provider) =>
        Path.Combine(Repository.Root, "deploy", "sql", provider == "SqlServer" ? "opengov-sqlserver.sql" : "opengov-postgresql.sql");

    private static string Normalize(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
