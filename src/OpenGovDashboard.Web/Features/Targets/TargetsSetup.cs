namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>Registers 绩效目标.</summary>
public static class TargetsSetup
{
    public static WebApplicationBuilder AddTargets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<TargetQueries>();
        return builder;
    }
}
