using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>At start-up, builds the rollups when postings exist without them (a seeded demo, an install upgraded to a new rollup).</summary>
internal sealed class RollupStartupCheck(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<RollupStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await PostingRollups.NeedsRebuildAsync(db, cancellationToken))
        {
            return;
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var rows = await PostingRollups.RebuildAsync(db, cancellationToken);
        logger.LogInformation("Built posting rollups: {Rows}", rows);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
