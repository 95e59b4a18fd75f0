using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>Registers 绩效目标: progress, the leading group's view and settings, the commands and the nightly snapshot.</summary>
public static class TargetsSetup
{
    public static WebApplicationBuilder AddTargets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<AssessmentSettingsStore>();
        builder.Services.AddTransient<TargetQueries>();
        builder.Services.AddTransient<TargetCommands>();
        builder.Services.AddTransient<LeadingGroupQueries>();
        builder.Services.AddTransient<LeadingGroupExport>();
        builder.Services.AddTransient<TargetLabels>();
        builder.Services.AddTransient<TargetSnapshotJob>();
        builder.AddRecurringJob<TargetSnapshotJob>(TargetSnapshotJob.Id, TargetSnapshotJob.Cron, (job, ct) => job.RunAsync(ct));
        return builder;
    }
}
