using System.ComponentModel;
using Hangfire;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>
/// What Hangfire invokes for every recurring job: it takes the job's id (never an object), runs the registered
/// definition in a fresh scope and records the success. Jobs are idempotent, so a retry or a double run is safe.
/// </summary>
public sealed class RecurringJobRunner(IServiceProvider services, RecurringJobCatalog catalog, JobRunRecorder recorder, ILogger<RecurringJobRunner> logger)
{
    [DisplayName("{0}")]
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var definition = catalog.Find(jobId) ?? throw new InvalidOperationException($"Unknown recurring job '{jobId}'.");
        await using var scope = services.CreateAsyncScope();
        var result = await definition.Run(scope.ServiceProvider, cancellationToken);
        logger.LogInformation("Job {JobId} finished: {Result}", jobId, result);
        await recorder.RecordAsync(jobId, result, cancellationToken);
    }
}
