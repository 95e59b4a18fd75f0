using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>Keeps the three providers' migrations honest without needing SQL Server.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "SqlServer", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void NoModelChangeIsMissingAMigration(string provider)
    {
        using var db = DesignTimeContext(provider);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run the migration script for all three providers");
    }

    [Fact]
    public void SqlServerIdempotentScriptGenerates()
    {
        using var db = DesignTimeContext("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Postings]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);

        // The rollups the bulk path upserts into with MERGE (PostingBulkSqlTests checks the MERGE itself).
        Assert.Contains("CREATE TABLE [PostingMonthColumnRollups]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [PostingMonthUnitRollups]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [PostingDayUnitRollups]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void StartFailsNamingTheSettingWhenAServerProviderHasNoConnectionString()
    {
        using var factory = new DashboardAppFactory(DatabaseProvider.PostgreSql, "");
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        Assert.Contains("Database:ConnectionString", Repository.Flatten(error), StringComparison.Ordinal);
    }

    private static DashboardDbContext DesignTimeContext(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        "PostgreSql" => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
