using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Npgsql;
using OpenGovDashboard.EndToEndTests.Infrastructure;
using OpenGovDashboard.EndToEndTests.Pages;

namespace OpenGovDashboard.EndToEndTests;

/// <summary>
/// Issue 9's scale-out: two app nodes as separate processes on one PostgreSQL database behind Debian's nginx running
/// deploy/nginx.conf, and Chromium through nginx. Postings sent to the node not serving the browser show live on its
/// dashboard; killing the serving node moves the user to the other one, still signed in, with nothing lost; a recurring
/// job due while both nodes run runs once. Needs nginx, Chromium and PostgreSQL; under CI=true none may be missing.
/// </summary>
[Collection(SharedBrowser.Name)] // one browser suite at a time on 2 cores (the shared app stays idle meanwhile)
public sealed class ScaleOutTests
{
    private const string AdminPassword = "Scale-Out-2019";
    private const string AdminApiKey = "ogd_scale-out-admin-key-0123456789abcdefghij";
    private const string EveryMinuteJob = "audit-retention";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoNodesBehindNginxShareTheLiveSignalSurviveANodeAndRunEachJobOnce()
    {
        var missing = Missing();
        if (missing is not null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true: the scale-out test may not be skipped. " + missing);
            }

            Assert.Skip(missing);
        }

        var folder = Path.Combine(AppNodeProcess.RepositoryRoot(), "TestResults", "scale-out");
        var (adminConnection, database, connectionString) = await CreateDatabaseAsync();
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["Database__ConnectionString"] = connectionString,
                ["Bootstrap__AdminPassword"] = AdminPassword,
                ["Bootstrap__ApiKey"] = AdminApiKey,
                ["Demo__Enabled"] = "true",
                ["Jobs__Schedules__" + EveryMinuteJob] = "* * * * *",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__OpenGovDashboard"] = "Information",
                ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "None",
            };

            // Node A migrates and seeds; node B does not migrate and waits for the schema, as deploy/README.md sets it up.
            await using var nodeA = AppNodeProcess.Start("a", environment, folder);
            await nodeA.WaitHealthyAsync(TimeSpan.FromSeconds(180), Cancellation);
            await using var nodeB = AppNodeProcess.Start("b", new Dictionary<string, string>(environment) { ["Database__MigrateOnStartup"] = "false" }, folder);
            await nodeB.WaitHealthyAsync(TimeSpan.FromSeconds(120), Cancellation);
            var bothUpSince = DateTime.UtcNow;
            await using var nginx = await NginxProcess.StartAsync([nodeA.Port, nodeB.Port], Path.Combine(folder, "nginx"), Cancellation);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserAppFixture.ChromiumPath,
                Headless = true,
                Args = BrowserAppFixture.ChromiumArgs,
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = nginx.BaseUrl,
                Locale = "zh-CN",
                ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await new LoginPageObject(page).SignInAsync("admin", AdminPassword);
            await page.WaitForURLAsync(nginx.BaseUrl + "/", new() { Timeout = 90_000 });
            await new ShellPageObject(page).OpenAsync("/"); // this year of the demo: 2019
            var total = page.GetByTestId("total-postings");
            await Assertions.Expect(total).ToBeVisibleAsync();
            var before = int.Parse((await total.InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            await page.EvaluateAsync("window.__sameDocument = true");

            // The browser's circuit lives on one node; postings go straight to the other one.
            var serving = nginx.LastNodeFor("POST", "/_blazor/negotiate") ?? throw new InvalidOperationException("no circuit negotiated through nginx");
            var (server, other) = serving == nodeA.Port ? (nodeA, nodeB) : (nodeB, nodeA);
            using (var http = new HttpClient { BaseAddress = new Uri(other.BaseUrl) })
            {
                http.DefaultRequestHeaders.Add("X-Api-Key", AdminApiKey);
                var response = await http.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), new object[]
                {
                    new { channel = "山水湖城·玉都罗甸", title = "另一节点收到的一条", publishedAt = "2019-12-20T10:00:00+08:00", externalId = "scale-out-1" },
                    new { channel = "山水湖城·玉都罗甸", title = "另一节点收到的二条", publishedAt = "2019-12-21T10:00:00+08:00", externalId = "scale-out-2" },
                }, Cancellation);
                response.EnsureSuccessStatusCode();
            }

            var expected = (before + 2).ToString("N0", Chinese);
            await Assertions.Expect(total).ToHaveTextAsync(expected, new() { Timeout = 10_000 });
            Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the dashboard reloaded the page instead of updating live");
            await ScreenshotAsync(page, "scale-out-1-live-from-other-node");

            // A minute boundary with both nodes up: the every-minute job ran, and only one node ran each occurrence.
            await AssertEachOccurrenceRanOnceAsync(connectionString, bothUpSince);

            // The serving node dies: Blazor reconnects through nginx to the other node, which reloads the page there.
            await server.KillAsync();
            await page.WaitForFunctionAsync("window.__sameDocument !== true", null, new() { Timeout = 60_000 });
            await new ShellPageObject(page).WaitUntilReadyAsync();
            Assert.StartsWith(nginx.BaseUrl + "/", page.Url, StringComparison.Ordinal);
            Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByTestId("total-postings")).ToHaveTextAsync(expected, new() { Timeout = 30_000 });
            Assert.Equal(other.Port, nginx.LastNodeFor("POST", "/_blazor/negotiate"));
            await ScreenshotAsync(page, "scale-out-2-after-failover");
        }
        finally
        {
            await DropDatabaseAsync(adminConnection, database);
        }
    }

    /// <summary>Once the charts have drawn, so that the picture shows what a leader would see.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.Locator(".apexcharts-canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(800); // the charts' entry animation
        await BrowserAppFixture.ScreenshotAsync(page, name);
    }

    private static async Task AssertEachOccurrenceRanOnceAsync(string connectionString, DateTime bothUpSince)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancellation);
        var deadline = DateTime.UtcNow.AddSeconds(100);
        List<(DateTime Minute, long Runs)> occurrences = [];
        while (DateTime.UtcNow < deadline)
        {
            occurrences.Clear();
            await using var command = new NpgsqlCommand(
                """
                SELECT date_trunc('minute', createdat) AS minute, count(*)
                FROM hangfire.job
                WHERE arguments::text LIKE '%' || @job || '%' AND createdat >= @since AND statename = 'Succeeded'
                GROUP BY 1 ORDER BY 1
                """,
                connection);
            command.Parameters.AddWithValue("job", EveryMinuteJob);
            command.Parameters.AddWithValue("since", bothUpSince);
            await using (var reader = await command.ExecuteReaderAsync(Cancellation))
            {
                while (await reader.ReadAsync(Cancellation))
                {
                    occurrences.Add((reader.GetDateTime(0), reader.GetInt64(1)));
                }
            }

            if (occurrences.Count > 0)
            {
                break;
            }

            await Task.Delay(1000, Cancellation);
        }

        Assert.NotEmpty(occurrences);
        Assert.All(occurrences, o => Assert.Equal(1, o.Runs));
    }

    private static string? Missing()
    {
        if (!File.Exists(BrowserAppFixture.ChromiumPath))
        {
            return $"Chromium not found at {BrowserAppFixture.ChromiumPath}.";
        }

        if (!File.Exists(NginxProcess.Binary))
        {
            return $"nginx not found at {NginxProcess.Binary}: apt-get install nginx-light.";
        }

        return string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OPENGOV_TEST_POSTGRES"))
            ? "PostgreSQL not configured: set OPENGOV_TEST_POSTGRES (.ci/run starts one)."
            : null;
    }

    private static async Task<(string Admin, string Database, string ConnectionString)> CreateDatabaseAsync()
    {
        var baseConnection = Environment.GetEnvironmentVariable("OPENGOV_TEST_POSTGRES")!;
        var name = $"ogd_scaleout_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false }.ToString();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(Cancellation);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(Cancellation);
        }

        return (admin, name, new NpgsqlConnectionStringBuilder(baseConnection) { Database = name }.ToString());
    }

    private static async Task DropDatabaseAsync(string admin, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
