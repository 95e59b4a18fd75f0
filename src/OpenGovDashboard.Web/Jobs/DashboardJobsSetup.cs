using Hangfire;
using Hangfire.PostgreSql;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>Hangfire on the storage that follows <c>Database:Provider</c>, its server, and <c>/jobs</c> for admins.</summary>
public static class DashboardJobsSetup
{
    public static WebApplicationBuilder AddDashboardJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            var database = sp.GetRequiredService<ResolvedDatabase>();
            switch (database.Provider)
            {
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(database.ConnectionString);
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(
                        o => o.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) });
                    break;
                default:
                    // The embedded default keeps jobs in memory; nightly work missed while the app was down is caught up at start-up.
                    config.UseInMemoryStorage();
                    break;
            }
        });
        builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        builder.Services.AddHealthChecks().AddCheck<JobServerHealthCheck>("jobs");

        builder.Services.AddSingleton<RecurringJobCatalog>();
        builder.Services.AddSingleton<JobRunRecorder>();
        builder.Services.AddTransient<RecurringJobRunner>();
        builder.Services.AddHostedService<RecurringJobScheduler>();

        builder.Services.AddOptions<AuditRetentionOptions>().BindConfiguration(AuditRetentionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddTransient<AuditRetentionJob>();
        builder.AddRecurringJob<AuditRetentionJob>(AuditRetentionJob.Id, AuditRetentionJob.Cron, (job, ct) => job.RunAsync(ct));
        return builder;
    }

    /// <summary>Registers a recurring job whose work is <paramref name="run"/> on a <typeparamref name="TJob"/> from a fresh scope.</summary>
    public static WebApplicationBuilder AddRecurringJob<TJob>(this WebApplicationBuilder builder, string id, string cron, Func<TJob, CancellationToken, Task<string>> run)
        where TJob : notnull
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new RecurringJobDefinition(id, cron, (services, ct) => run(services.GetRequiredService<TJob>(), ct)));
        return builder;
    }

    public static WebApplication MapDashboardJobs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new PolicyDashboardAuthorizationFilter(Policies.Admin)],
            DisplayStorageConnectionString = false,
            DashboardTitle = "OpenGovDashboard 后台任务",
        });
        return app;
    }
}
