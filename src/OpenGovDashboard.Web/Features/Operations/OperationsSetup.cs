using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Jobs;
using Serilog;
using Serilog.Events;

namespace OpenGovDashboard.Web.Features.Operations;

/// <summary>What running it in a county's server room needs: reverse-proxy headers, log files with rotation, the SQLite backup.</summary>
public static class OperationsSetup
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Under systemd (Type=notify): tells systemd when the app is ready and logs to journald with its priorities;
        // anywhere else it does nothing.
        builder.Services.AddSystemd();

        var proxy = builder.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxy.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(address, out var ip)
                    ? ip
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{address}' is not an IP address. / ReverseProxy:KnownProxies 中的“{address}”不是 IP 地址。"));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' is not a CIDR network. / ReverseProxy:KnownNetworks 中的“{network}”不是 CIDR 网段。"));
            }
        });

        builder.Services.AddOptions<FileLogOptions>().BindConfiguration(FileLogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var fileLog = builder.Configuration.GetSection(FileLogOptions.Section).Get<FileLogOptions>() ?? new FileLogOptions();
        if (!string.IsNullOrWhiteSpace(fileLog.Path))
        {
            var path = Path.GetFullPath(fileLog.Path, builder.Environment.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var logger = new LoggerConfiguration()
                .MinimumLevel.Is(LogEventLevel.Verbose) // Logging:LogLevel filters before Serilog sees an event
                .WriteTo.File(
                    path,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: fileLog.RetainedFiles,
                    fileSizeLimitBytes: fileLog.MaxFileMiB * 1024L * 1024L,
                    rollOnFileSizeLimit: true,
                    shared: true,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
                .CreateLogger();
            builder.Logging.AddSerilog(logger, dispose: true);
        }

        builder.Services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddTransient<SqliteBackupJob>();
        if (builder.ConfiguredDatabaseProvider() == DatabaseProvider.Sqlite)
        {
            builder.AddRecurringJob<SqliteBackupJob>(SqliteBackupJob.Id, SqliteBackupJob.Cron, (job, ct) => job.RunAsync(ct));
        }

        return builder;
    }

    /// <summary>
    /// The cookie nginx pins a browser to one node by (<c>hash $cookie_ogd_node consistent</c>, deploy/nginx.conf): a random
    /// value set once and never changed. Not the sign-in cookie, which is re-issued whenever its security stamp is
    /// re-checked (every <c>Session:RevalidationInterval</c>) and would move a reconnecting browser to another node.
    /// nginx variable names stop at a dot: letters and underscores only.
    /// </summary>
    public const string NodeCookieName = "ogd_node";

    /// <summary>
    /// First in the pipeline: everything after it sees the user's address and scheme, not nginx's; and every browser gets
    /// its node cookie on its first answer.
    /// </summary>
    public static WebApplication UseOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            if (!context.Request.Cookies.ContainsKey(NodeCookieName))
            {
                context.Response.Cookies.Append(NodeCookieName, Guid.NewGuid().ToString("N"), new CookieOptions
                {
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(400),
                    Path = "/",
                });
            }

            return next(context);
        });
        return app;
    }
}
