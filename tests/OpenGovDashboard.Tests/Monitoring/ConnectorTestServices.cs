using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenGovDashboard.Web.Features.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Tests.Monitoring;

/// <summary>The connectors as the app registers them, with a clock pinned to a day in 2019 and no waiting between retries.</summary>
internal static class ConnectorTestServices
{
    /// <summary>The run date: 10:00 in Shanghai on 2019-11-10.</summary>
    public static readonly DateTimeOffset Now = new(2019, 11, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public static ServiceProvider Build(Uri? apiBase = null, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Monitoring:RetryDelay"] = "00:00:00",
            ["Monitoring:TimeoutSeconds"] = "10",
            ["Monitoring:WeChatBaseUrl"] = apiBase?.AbsoluteUri ?? "http://127.0.0.1:9/",
            ["Monitoring:WeiboBaseUrl"] = apiBase?.AbsoluteUri ?? "http://127.0.0.1:9/",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddMonitoringServices();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        return services.BuildServiceProvider();
    }

    public static T Connector<T>(this IServiceProvider services)
        where T : IChannelConnector =>
        services.GetServices<IChannelConnector>().OfType<T>().Single();

    public static string Protect(this IServiceProvider services, string secret) =>
        services.GetRequiredService<ConnectorSecrets>().Protect(secret);
}
