using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.Web.Data;

/// <summary>
/// Brings the database to the current model before the app serves anything: migrations (unless a DBA
/// applies them), the reference data every install needs, the first admin of a new install, and the demo
/// county on the embedded default.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    IOptions<DatabaseOptions> databaseOptions,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var factory = provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (databaseOptions.Value.MigrateOnStartup)
            {
                logger.LogInformation("Applying database migrations ({Provider})", databaseOptions.Value.Provider);
                await db.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                await WaitForMigrationsAsync(db, cancellationToken);
            }
        }

        foreach (var seeder in provider.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }

        await provider.GetRequiredService<BootstrapAdmin>().EnsureAsync(cancellationToken);
        await provider.GetRequiredService<LuodianDemoSeeder>().SeedIfEnabledAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A node that does not migrate (another node or a DBA's script does) waits until the schema is current rather than
    /// failing on a missing table; after <see cref="DatabaseOptions.MigrationWait"/> it stops with the migrations named.
    /// </summary>
    private async Task WaitForMigrationsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var deadline = TimeProvider.System.GetUtcNow() + databaseOptions.Value.MigrationWait;
        while (true)
        {
            List<string> pending;
            try
            {
                pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
            }
            catch (System.Data.Common.DbException ex) when (TimeProvider.System.GetUtcNow() < deadline)
            {
                // The database server may still be starting (or restoring): wait for it like for the migrations.
                logger.LogWarning(ex, "Waiting for the database to answer");
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                continue;
            }

            if (pending.Count == 0)
            {
                return;
            }

            if (TimeProvider.System.GetUtcNow() >= deadline)
            {
                throw new InvalidOperationException(
                    $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and Database:MigrateOnStartup is false: apply deploy/sql/<provider>.sql or start one node with migrations on. / 数据库缺少 {pending.Count} 个迁移，且本节点不执行迁移：请执行 deploy/sql 下的脚本，或先启动一个执行迁移的节点。");
            }

            logger.LogWarning("Waiting for {Count} migration(s) to be applied by another node or a DBA: {Migrations}", pending.Count, string.Join(", ", pending));
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        }
    }
}
