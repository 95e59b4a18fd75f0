using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>Hangfire runs the app's jobs on the configured provider's storage: in memory on SQLite, tables on PostgreSQL.</summary>
public abstract class JobTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditRetentionRunsThroughHangfireKeepingSixMonths()
    {
        fixture.RequireDatabase();
        var now = fixture.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var db = fixture.CreateDbContext())
        {
            db.AuditEntries.AddRange(
                new AuditEntry { AtUtc = now.AddDays(-400), Actor = "test", Action = "test.old" },
                new AuditEntry { AtUtc = now.AddDays(-190), Actor = "test", Action = "test.recent" });
            await db.SaveChangesAsync(Cancellation);
        }

        GlobalConfiguration.Configuration.UseLogProvider(
            new Hangfire.AspNetCore.AspNetCoreLogProvider(fixture.Factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        var jobs = fixture.Factory.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = jobs.Enqueue<RecurringJobRunner>(r => r.RunAsync(AuditRetentionJob.Id, CancellationToken.None));
        await WaitForSuccessAsync(jobId);

        await using (var db = fixture.CreateDbContext())
        {
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "test.old", Cancellation));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "test.recent", Cancellation));
            var run = await db.JobRuns.SingleAsync(r => r.JobId == AuditRetentionJob.Id, Cancellation);
            Assert.Contains("deleted", run.LastResult, StringComparison.Ordinal);
        }

        // A second run changes nothing.
        await using (var db = fixture.CreateDbContext())
        {
            var before = await db.AuditEntries.CountAsync(Cancellation);
            await WaitForSuccessAsync(jobs.Enqueue<RecurringJobRunner>(r => r.RunAsync(AuditRetentionJob.Id, CancellationToken.None)));
            Assert.Equal(before, await db.AuditEntries.CountAsync(Cancellation));
        }
    }

    [Fact]
    public void RecurringJobsAreRegisteredInShanghaiTime()
    {
        fixture.RequireDatabase();
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == AuditRetentionJob.Id);
        Assert.Equal(AuditRetentionJob.Cron, job.Cron);
        Assert.Contains(job.TimeZoneId, new[] { "Asia/Shanghai", "China Standard Time" });
    }

    private async Task WaitForSuccessAsync(string jobId)
    {
        var monitor = fixture.Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var state = monitor.JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
            if (state == "Succeeded")
            {
                return;
            }

            Assert.NotEqual("Failed", state);
            await Task.Delay(250, Cancellation);
        }

        Assert.Fail($"job {jobId} did not succeed within 30 s");
    }
}

public sealed class SqliteJobTests(SqliteAppFixture fixture) : JobTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlJobTests(PostgreSqlAppFixture fixture) : JobTests<PostgreSqlAppFixture>(fixture);
