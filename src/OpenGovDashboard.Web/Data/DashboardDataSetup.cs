using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.Web.Data;

/// <summary>The one provider switch (<c>Database:Provider</c>) and everything that hangs off it.</summary>
public static class DashboardDataSetup
{
    public static WebApplicationBuilder AddDashboardData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        // Checked here as well as by ValidateOnStart: the job storage would otherwise try to connect first.
        if (options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).FirstOrDefault() is { } invalid)
        {
            throw new InvalidOperationException(invalid.ErrorMessage);
        }
        var connectionString = ResolveConnectionString(options, builder.Environment.ContentRootPath);
        var services = builder.Services;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqliteDashboardDbContext>(o => o.UseSqlite(connectionString));
                services.AddSingleton<IDbContextFactory<DashboardDbContext>, ProviderContextFactory<SqliteDashboardDbContext>>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextFactory<SqlServerDashboardDbContext>(o => o.UseSqlServer(connectionString));
                services.AddSingleton<IDbContextFactory<DashboardDbContext>, ProviderContextFactory<SqlServerDashboardDbContext>>();
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContextFactory<PostgreSqlDashboardDbContext>(o => o.UseNpgsql(connectionString));
                services.AddSingleton<IDbContextFactory<DashboardDbContext>, ProviderContextFactory<PostgreSqlDashboardDbContext>>();
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
        }

        // Identity's stores and the health check want a scoped context; everything else uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        services.AddSingleton(new ResolvedDatabase(options.Provider, connectionString));
        services.AddTransient<AuditLog>();

        builder.AddDashboardDemo(options.Provider);

        // Hosted services start in the order they are registered: the database is migrated before Data Protection's own
        // start-up service reads its key ring from it.
        services.AddHostedService<DatabaseInitializer>();

        // Data Protection keys live in the database, so every app node reads the others' cookies and protected secrets.
        services.AddDataProtection()
            .SetApplicationName("OpenGovDashboard")
            .PersistKeysToDbContext<DashboardDbContext>();
        return builder;
    }

    /// <summary>The configured <c>Database:Provider</c>, for registrations that differ by provider (read before the host is built).</summary>
    public static DatabaseProvider ConfiguredDatabaseProvider(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
    }

    /// <summary>The connection string in force; for SQLite without one, a file under App_Data whose folder is created.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return options.ConnectionString!;
        }

        var sqlite = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(options.ConnectionString) ? "Data Source=App_Data/opengov.db" : options.ConnectionString);
        if (sqlite.DataSource != ":memory:" && !sqlite.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(sqlite.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            sqlite.DataSource = path;
        }

        return sqlite.ToString();
    }

    private sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<DashboardDbContext>
        where TContext : DashboardDbContext
    {
        public DashboardDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
