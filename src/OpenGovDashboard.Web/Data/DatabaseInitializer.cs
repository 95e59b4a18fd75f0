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
        }

        foreach (var seeder in provider.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }

        await provider.GetRequiredService<BootstrapAdmin>().EnsureAsync(cancellationToken);
        await provider.GetRequiredService<LuodianDemoSeeder>().SeedIfEnabledAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
