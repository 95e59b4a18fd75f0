using Microsoft.Extensions.Options;

namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>The demo county and the app's clock, which the demo pins to its reference year.</summary>
public static class DemoSetup
{
    public static WebApplicationBuilder AddDashboardDemo(this WebApplicationBuilder builder, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section)
            .PostConfigure(o => o.Enabled ??= provider == DatabaseProvider.Sqlite);
        builder.Services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section)
            .PostConfigure<IOptions<DemoOptions>>((clock, demo) =>
            {
                if (clock.Today is null && demo.Value.Enabled == true)
                {
                    clock.Today = LuodianDemoData.PinnedToday;
                }
            });
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClockOptions>>().Value.Today is { } today
            ? new PinnedDateTimeProvider(today)
            : TimeProvider.System);
        builder.Services.AddTransient<LuodianDemoSeeder>();
        return builder;
    }
}
