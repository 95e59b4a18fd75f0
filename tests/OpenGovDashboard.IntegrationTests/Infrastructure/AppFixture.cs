using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.Web.Auth;
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

    /// <summary>A client carrying a new API key of <paramref name="role"/>, bound to the named unit when one is given.</summary>
    public async Task<HttpClient> ClientWithKeyAsync(ApiKeyRole role, string? unitName, CancellationToken cancellationToken)
    {
        var key = ApiKeyHasher.NewKey();
        await using (var db = CreateDbContext())
        {
            int? unitId = unitName is null ? null : await db.OrgUnits.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync(cancellationToken);
            db.ApiKeys.Add(new ApiKey
            {
                Name = $"{role}-{Guid.NewGuid():N}", Prefix = ApiKeyHasher.DisplayPrefix(key), Hash = ApiKeyHasher.Hash(key), Role = role, OrgUnitId = unitId, CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>
    /// On the embedded default the app catches up its nightly jobs at start-up (Hangfire in memory), and the rollup rebuild
    /// signals open dashboards when it ends. A test that counts those signals waits for that run first.
    /// </summary>
    public async Task WaitForStartupCatchUpAsync(CancellationToken cancellationToken)
    {
        if (Database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var db = CreateDbContext();
            if (await db.JobRuns.AnyAsync(r => r.JobId == OpenGovDashboard.Web.Features.Publishing.RollupRebuildJob.Id, cancellationToken))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        if (_database is null)
        {
            return;
        }

        Factory = new DashboardAppFactory(_database.Provider, _database.ConnectionString, Settings);
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

    /// <summary>Settings a fixture's app starts with, beside the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;
}

public sealed class SqliteAppFixture : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(TestDatabase.Sqlite());
}

public sealed class PostgreSqlAppFixture : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => TestDatabase.PostgreSqlAsync();
}
