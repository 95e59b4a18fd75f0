using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Features.Publishing.Import;
using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>Registers publishing: ingestion (and its Excel/CSV import), rollups and their nightly rebuild, the queries behind the dashboard.</summary>
public static class PublishingSetup
{
    public static WebApplicationBuilder AddPublishing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PublishingNotifier>();
        builder.Services.AddSingleton<SummaryCache>();
        builder.Services.AddOptions<LiveSignalOptions>().BindConfiguration(LiveSignalOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var liveSignal = builder.Configuration.GetSection(LiveSignalOptions.Section).Get<LiveSignalOptions>() ?? new LiveSignalOptions();
        if (liveSignal.Enabled ?? builder.ConfiguredDatabaseProvider() != DatabaseProvider.Sqlite)
        {
            builder.Services.AddHostedService<LiveSignalRelay>();
        }

        builder.Services.AddTransient<PostingIngestion>();
        builder.Services.AddOptions<PostingImportOptions>().BindConfiguration(PostingImportOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddTransient<PostingFileReader>();
        builder.Services.AddTransient<PostingImporter>();
        builder.Services.AddTransient<PostingImportTemplate>();
        builder.Services.AddTransient<PublishingQueries>();
        builder.Services.AddTransient<PostingQueries>();
        builder.Services.AddTransient<RollupRebuildJob>();
        builder.Services.AddHostedService<RollupStartupCheck>();
        builder.AddRecurringJob<RollupRebuildJob>(RollupRebuildJob.Id, RollupRebuildJob.Cron, (job, ct) => job.RunAsync(ct));
        return builder;
    }
}
