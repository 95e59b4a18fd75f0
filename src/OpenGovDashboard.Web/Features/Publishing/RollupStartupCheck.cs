using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>At start-up, builds the rollups when postings exist without them (a seeded demo, an upgraded install).</summary>
internal sealed class RollupStartupCheck(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<RollupStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PostingDayRollups.AnyAsync(cancellationToken) || !await db.Postings.AnyAsync(cancellationToken))
        {
            return;
        }

        var (dayRows, monthRows) = await PostingRollups.RebuildAsync(db, cancellationToken);
        logger.LogInformation("Built posting rollups: {DayRows} day rows, {MonthRows} month rows", dayRows, monthRows);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
