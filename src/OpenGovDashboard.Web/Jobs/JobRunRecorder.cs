using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>Records the last successful run of each recurring job.</summary>
public sealed class JobRunRecorder(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task RecordAsync(string jobId, string result, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.JobRuns.FindAsync([jobId], cancellationToken);
        if (run is null)
        {
            run = new JobRun { JobId = jobId };
            db.JobRuns.Add(run);
        }

        run.LastSucceededAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime;
        run.LastResult = result.Length > 1000 ? result[..1000] : result;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<DateTime?> LastSucceededAsync(string jobId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.Where(r => r.JobId == jobId).Select(r => (DateTime?)r.LastSucceededAtUtc).SingleOrDefaultAsync(cancellationToken);
    }
}
