using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Bench;

/// <summary>The app's own services (data, auth, publishing) on the benchmark database, without starting the web host.</summary>
internal static class BenchHost
{
    public static WebApplication Build(DatabaseProvider provider, string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Database:Provider"] = provider.ToString();
        builder.Configuration["Database:ConnectionString"] = connectionString;
        builder.Configuration["Demo:Enabled"] = "false";
        builder.Logging.ClearProviders();
        builder.AddDashboardData();
        builder.AddDashboardAuth();
        builder.Services.AddLocalization();
        builder.AddPublishing();
        return builder.Build();
    }

    public static DashboardDbContext CreateDbContext(this WebApplication app) =>
        app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();
}
