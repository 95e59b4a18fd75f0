using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.IntegrationTests.Infrastructure;

/// <summary>The real app, with its own DI, on a real database.</summary>
public sealed class DashboardAppFactory(DatabaseProvider provider, string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-2019";
    public const string AdminApiKey = "ogd_integration-tests-admin-key-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Bootstrap:ApiKey", AdminApiKey);
        builder.UseSetting("Demo:Enabled", "true");
        // The SQLite backup catches up at start: keep each test app's copy out of the source tree.
        builder.UseSetting("Backup:Folder", Path.Combine(Path.GetTempPath(), "opengov-tests", "backups", Guid.NewGuid().ToString("N")));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
