using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// Carries <see cref="PublishingNotifier"/>'s signal between app nodes through the database: a local signal moves the
/// <c>LiveSignals</c> row by one; every node reads the row each <see cref="LiveSignalOptions.PollInterval"/> and, when it
/// moved by more than its own signals, tells its dashboards and retires its <see cref="SummaryCache"/>.
/// Polling was chosen over a Redis backplane (one more server for a county's IT staff to run) and over PostgreSQL's
/// LISTEN/NOTIFY (nothing like it on SQL Server): a primary-key read per node per second costs nothing measurable, and the
/// lag it adds is measured in docs/benchmarks.md.
/// </summary>
internal sealed class LiveSignalRelay(
    IDbContextFactory<DashboardDbContext> dbFactory,
    PublishingNotifier notifier,
    IOptions<LiveSignalOptions> options,
    ILogger<LiveSignalRelay> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        notifier.SignalledLocally += Wake;
        try
        {
            var passedOn = notifier.LocalSignals;
            long? seen = null;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // One loop writes and reads, so the row's movement is exactly ours plus the other nodes'.
                    var local = notifier.LocalSignals;
                    var ours = 0L;
                    if (local != passedOn)
                    {
                        await BumpAsync(stoppingToken);
                        ours = 1;
                        passedOn = local;
                    }

                    var version = await ReadAsync(stoppingToken);
                    if (seen is { } before && version - before > ours)
                    {
                        notifier.NotifyFromOtherNode();
                    }

                    seen = version;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A database blip must not stop the relay. What was last seen is kept: the first read after it compares
                    // with it, so other nodes' signals during the outage still reach this node's dashboards (at worst with
                    // one extra reload of its own).
                    logger.LogWarning(ex, "Live signal relay: the database could not be reached; retrying");
                }

                await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            notifier.SignalledLocally -= Wake;
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the loop passes every local signal since its last pass on at once.
        }
    }

    private async Task BumpAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.LiveSignals.Where(s => s.Topic == LiveSignal.Postings)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
    }

    private async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LiveSignals.AsNoTracking().Where(s => s.Topic == LiveSignal.Postings).Select(s => s.Version).SingleAsync(cancellationToken);
    }
}
