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
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString));
                    break;
                default:
                    // The embedded default keeps jobs in memory; nightly work missed while the app was down is caught up at start-up.
                    config.UseInMemoryStorage();
                    break;
            }
        });
        builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        builder.Services.AddHealthChecks().AddCheck<JobServerHealthCheck>("jobs");
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
