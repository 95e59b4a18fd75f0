using Cronos;
using Hangfire;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>
/// Registers every recurring job once at start-up, in Asia/Shanghai. On the embedded default (in-memory job
/// storage) it also catches up a run that was due while the app was down, judged by the recorded last success.
/// </summary>
internal sealed class RecurringJobScheduler(
    RecurringJobCatalog catalog,
    IRecurringJobManager recurringJobs,
    JobRunRecorder recorder,
    ResolvedDatabase database,
    ILogger<RecurringJobScheduler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in catalog.All)
        {
            recurringJobs.AddOrUpdate<RecurringJobRunner>(
                job.Id,
                runner => runner.RunAsync(job.Id, CancellationToken.None),
                job.Cron,
                new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });

            if (database.Provider == DatabaseProvider.Sqlite)
            {
                var last = await recorder.LastSucceededAsync(job.Id, cancellationToken);
                if (IsRunMissed(job.Cron, last, TimeProvider.System.GetUtcNow().UtcDateTime))
                {
                    logger.LogInformation("Catching up recurring job {JobId} (last success {Last})", job.Id, last);
                    recurringJobs.Trigger(job.Id);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>True when a scheduled occurrence fell between the last success (or a day ago, for a job never run) and now.</summary>
    internal static bool IsRunMissed(string cron, DateTime? lastSucceededUtc, DateTime nowUtc)
    {
        var since = lastSucceededUtc ?? nowUtc.AddDays(-1);
        var next = CronExpression.Parse(cron).GetNextOccurrence(DateTime.SpecifyKind(since, DateTimeKind.Utc), ShanghaiTime.Zone);
        return next is { } due && due <= nowUtc;
    }
}
