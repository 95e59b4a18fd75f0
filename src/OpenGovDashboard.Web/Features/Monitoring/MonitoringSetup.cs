using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>Registers channel monitoring: the connectors and their HTTP clients, the runner, the sources and the nightly sync.</summary>
public static class MonitoringSetup
{
    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMonitoringServices();
        builder.Services.AddTransient<ChannelHealthQueries>();
        builder.Services.AddTransient<SelfInspectionSheet>();
        builder.Services.AddTransient<ChannelHealthAlertJob>();
        builder.AddRecurringJob<ChannelHealthAlertJob>(ChannelHealthAlertJob.Id, ChannelHealthAlertJob.Cron, (job, ct) => job.RunAsync(ct));
        builder.AddRecurringJob<ChannelSyncJob>(ChannelSyncJob.Id, ChannelSyncJob.Cron, (job, ct) => job.RunAsync(ct));

        // The schedule is read here because jobs are registered before options exist; the validator checks the same key.
        var probeCron = builder.Configuration[$"{MonitoringOptions.Section}:{nameof(MonitoringOptions.ProbeCron)}"] ?? MonitoringOptions.DefaultProbeCron;
        builder.AddRecurringJob<ChannelProbeJob>(ChannelProbeJob.Id, probeCron, (job, ct) => job.RunAsync(ct));
        return builder;
    }

    /// <summary>Everything but the schedule, so that a test host can add monitoring without the nightly job; a second call adds nothing.</summary>
    public static IServiceCollection AddMonitoringServices(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ConnectorRunner)))
        {
            return services;
        }

        services.AddOptions<HealthThresholdOptions>().BindConfiguration("Monitoring:Thresholds");
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MonitoringOptions>, MonitoringOptionsValidator>();
        services.AddDataProtection();

        services.AddHttpClient(ConnectorHttp.Web, Configure);

        // Their URLs carry the app secret and the tokens: no request logging at all.
        services.AddHttpClient(ConnectorHttp.WeChat, Configure).RemoveAllLoggers();
        services.AddHttpClient(ConnectorHttp.Weibo, Configure).RemoveAllLoggers();
        services.AddHttpClient(ConnectorHttp.Probe, client =>
        {
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("OpenGovDashboard-Monitoring/1.0");
        }).RemoveAllLoggers();

        services.AddSingleton<ConnectorSecrets>();
        services.AddSingleton<WeChatTokenCache>();
        services.AddTransient<IChannelConnector, FeedConnector>();
        services.AddTransient<IChannelConnector, HtmlListConnector>();
        services.AddTransient<IChannelConnector, WeChatConnector>();
        services.AddTransient<IChannelConnector, WeiboConnector>();
        services.AddTransient<ConnectorRunner>();
        services.AddTransient<ConfiguredConnectorSources>();
        services.AddTransient<StoredConnectorSources>();
        services.AddTransient<IConnectorSourceStore, AllConnectorSources>();
        services.AddTransient<ChannelSyncJob>();
        services.AddTransient<MonitoringAdminCheck>();
        services.AddTransient<MonitoringSourceQueries>();
        services.AddTransient<MonitoringSourceCommands>();
        services.AddTransient<ChannelProbeJob>();
        services.AddTransient<ChannelProbeCommands>();
        return services;
    }

    private static void Configure(IServiceProvider services, HttpClient client)
    {
        client.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<MonitoringOptions>>().Value.TimeoutSeconds);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("OpenGovDashboard-Monitoring/1.0");

        // A list page or an API answer is kilobytes; a misconfigured URL pointing at a download must not fill the memory.
        client.MaxResponseContentBufferSize = 16 * 1024 * 1024;
    }
}
