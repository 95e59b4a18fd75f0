using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.IntegrationTests.Infrastructure;

/// <summary>One running app with the demo on one fresh database, shared by a test class.</summary>
public abstract class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public DashboardAppFactory Factory { get; private set; } = null!;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("no database");

    /// <summary>Skips the calling test when the database server is not configured (never in CI).</summary>
    public void RequireDatabase()
    {
        if (_database is null)
        {
            Assert.Skip(TestDatabase.SkipMessage);
        }
    }

    public DashboardDbContext CreateDbContext() =>
        Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        if (_database is null)
        {
            return;
        }

        Factory = new DashboardAppFactory(_database.Provider, _database.ConnectionString);
        _ = Factory.Server; // boots the app: migrations, bootstrap, demo seed
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await Factory.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<TestDatabase?> CreateDatabaseAsync();
}

public sealed class SqliteAppFixture : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(TestDatabase.Sqlite());
}

public sealed class PostgreSqlAppFixture : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => TestDatabase.PostgreSqlAsync();
}
