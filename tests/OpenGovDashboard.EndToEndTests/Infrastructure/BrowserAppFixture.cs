using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.EndToEndTests.Infrastructure;

/// <summary>
/// The app on real Kestrel at 127.0.0.1 (embedded SQLite with the demo) and Debian's Chromium driven by Playwright.
/// Without Chromium the tests skip, except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public const string AdminPassword = "E2e-Admin-2019";
    public const string AdminApiKey = "ogd_e2e-admin-key-0123456789abcdefghij";
    public const string ChromiumVariable = "OPENGOV_CHROMIUM";

    /// <summary>Debian's Chromium, or <c>OPENGOV_CHROMIUM</c>.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), "opengov-tests", $"e2e-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    public async ValueTask InitializeAsync()
    {
        var chromium = ChromiumPath;
        if (!File.Exists(chromium))
        {
            _unavailable = $"Chromium not found at {chromium}: apt-get install chromium fonts-noto-cjk, or set {ChromiumVariable}.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true: browser tests may not be skipped. " + _unavailable);
            }

            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_databaseFile)!);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={_databaseFile};Pooling=False");
            builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            builder.UseSetting("Bootstrap:ApiKey", AdminApiKey);
            builder.UseSetting("Backup:Folder", Path.Combine(Path.GetTempPath(), "opengov-tests", "backups", Guid.NewGuid().ToString("N")));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>The app's services, for a test to set up what no page or endpoint offers (a request registered for a unit).</summary>
    public IServiceProvider Services
    {
        get
        {
            if (_factory is null)
            {
                Assert.Skip(_unavailable ?? "app not started");
            }

            return _factory.Services;
        }
    }

    /// <summary>Creates (once) a user with a role and, for a department editor, a unit; returns the password.</summary>
    public async Task<string> EnsureUserAsync(string userName, string role, string? unitName = null)
    {
        if (_factory is null)
        {
            Assert.Skip(_unavailable ?? "app not started");
        }

        const string password = "Role-Walk-2019";
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return password;
        }

        int? unitId = null;
        if (unitName is not null)
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
            unitId = await db.OrgUnits.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
        }

        var user = new AppUser { UserName = userName, OrgUnitId = unitId, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return password;
    }

    /// <summary>A fresh browser context (no cookies) in Chinese, at a desktop size.</summary>
    public async Task<IPage> NewPageAsync(string locale = "zh-CN")
    {
        if (_browser is null)
        {
            Assert.Skip(_unavailable ?? "browser not started");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }

    /// <summary>TestResults/screenshots at the repository root (git-ignored).</summary>
    private static string FindScreenshotFolder()
    {
        var path = Path.Combine(AppNodeProcess.RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}
