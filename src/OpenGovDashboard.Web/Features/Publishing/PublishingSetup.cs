using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>Registers publishing: ingestion, rollups and their nightly rebuild, the queries behind the dashboard.</summary>
public static class PublishingSetup
{
    public static WebApplicationBuilder AddPublishing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PublishingNotifier>();
        builder.Services.AddTransient<PostingIngestion>();
        builder.Services.AddTransient<PublishingQueries>();
        builder.Services.AddTransient<PostingQueries>();
        builder.Services.AddTransient<RollupRebuildJob>();
        builder.Services.AddHostedService<RollupStartupCheck>();
        builder.AddRecurringJob<RollupRebuildJob>(RollupRebuildJob.Id, RollupRebuildJob.Cron, (job, ct) => job.RunAsync(ct));
        return builder;
    }
}
