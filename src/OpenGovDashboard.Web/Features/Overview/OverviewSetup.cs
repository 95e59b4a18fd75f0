namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>Registers the overview (概览).</summary>
public static class OverviewSetup
{
    public static WebApplicationBuilder AddOverview(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DashboardLoadGate>();
        builder.Services.AddTransient<OverviewQueries>();
        builder.Services.AddTransient<DashboardQueries>();
        return builder;
    }
}
