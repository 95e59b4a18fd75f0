namespace OpenGovDashboard.Web.Features.Alerts;

/// <summary>Registers in-app alerts and their hooks (add an e-mail or WeCom <see cref="IAlertHook"/> here).</summary>
public static class AlertsSetup
{
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<AlertService>();
        builder.Services.AddTransient<IAlertHook, LoggingAlertHook>();
        return builder;
    }
}
