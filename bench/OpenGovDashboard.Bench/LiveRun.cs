using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Npgsql;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.Bench;

/// <summary>
/// The live mode: the app as a separate process on a fresh demo database, N Chromium pages on its overview, the server's
/// memory per connected page, and how long postings sent to the API take to show on every page. See bench/README.md.
/// </summary>
internal sealed class LiveRun(LiveOptions options)
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly List<(double Load, long Rss)> _samples = [];
    private readonly string _runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    private int _posted;
    private int _serverPid;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var appFolder = Path.GetFullPath(options.App ?? BenchReport.ResolveInRepository("src/OpenGovDashboard.Web/bin/Release/net10.0"));
        if (!File.Exists(Path.Combine(appFolder, "OpenGovDashboard.Web.dll")))
        {
            Console.Error.WriteLine($"No OpenGovDashboard.Web.dll in {appFolder}: build it (dotnet build -c Release src/OpenGovDashboard.Web) or pass --app.");
            return 2;
        }

        // A build output serves package assets (_content/MudBlazor) only in Development (docs/tech-notes.md, gotcha 4);
        // a publish folder carries them in wwwroot and runs as production does.
        var published = Directory.Exists(Path.Combine(appFolder, "wwwroot", "_content"));
        var environment = options.Environment ?? (published ? "Production" : "Development");

        BenchDatabase database;
        var settings = new Dictionary<string, string>
        {
            ["Bootstrap__AdminPassword"] = "Live-" + Guid.NewGuid().ToString("N")[..12],
            ["Bootstrap__ApiKey"] = ApiKeyHasher.NewKey(),
            ["Demo__Enabled"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        if (options.Provider == "sqlite")
        {
            var connection = $"Data Source={Path.Combine(Path.GetTempPath(), $"ogd-live-{_runId}.db")}";
            database = new SqliteBenchDatabase(connection);
            settings["Database__Provider"] = "Sqlite";
            settings["Database__ConnectionString"] = connection;
        }
        else
        {
            var server = options.Connection ?? Environment.GetEnvironmentVariable("OPENGOV_BENCH_POSTGRES")
                ?? "Host=127.0.0.1;Port=5544;Username=postgres;Database=postgres";
            database = new PostgreSqlBenchDatabase(server, options.Database);
            settings["Database__Provider"] = "PostgreSql";
            settings["Database__ConnectionString"] = database.ConnectionString;
        }

        await database.RecreateAsync(cancellationToken);
        var version = await database.VersionAsync(cancellationToken);
        SqliteConnection.ClearAllPools();

        var started = DateTime.UtcNow;
        var header = string.Create(CultureInfo.InvariantCulture, $"""
            ### Live dashboards — {database.Name}, {string.Join(" and ", options.Pages)} pages on one node

            {MachineInfo.Describe(started)}; {version}; Chromium {ChromiumVersion()}.
            Command: `dotnet run -c Release --project bench/OpenGovDashboard.Bench -- {MachineInfo.Quote(args)}`
            """);
        Console.WriteLine(header);
        Console.WriteLine($"App: {appFolder} as {environment}.");

        var report = new LiveReport(database.Name, header, environment, published, options) { LoadBefore = ProcFs.LoadAverage() };
        try
        {
            await ServeAndMeasureAsync(appFolder, environment, settings, report, cancellationToken);
        }
        finally
        {
            await CleanUpAsync(database);
        }

        report.WholeRunMinutes = (DateTime.UtcNow - started).TotalMinutes;
        var section = report.Render();
        Console.WriteLine();
        Console.WriteLine(section);
        if (options.Write is { } path)
        {
            try
            {
                BenchReport.WriteSection(path, report.StartMarker, report.EndMarker, section);
                Console.WriteLine($"Updated {BenchReport.ResolveInRepository(path)}.");
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not write {path}: {e.Message}");
                return 1;
            }
        }

        return 0;
    }

    private async Task ServeAndMeasureAsync(string appFolder, string environment, Dictionary<string, string> settings, LiveReport report, CancellationToken cancellationToken)
    {
        var startup = Stopwatch.StartNew();
        await using (var server = await LiveServer.StartAsync(appFolder, environment, settings, cancellationToken))
        {
            report.StartupSeconds = startup.Elapsed.TotalSeconds;
            Console.WriteLine($"Server pid {server.Pid} at {server.BaseUrl}, healthy after {report.StartupSeconds:F1} s (migrations and the demo data); log {server.LogPath}.");
            using var sampling = new CancellationTokenSource();
            var sampler = SampleAsync(server.Pid, sampling.Token);
            try
            {
                await MeasureAsync(server, settings, report, cancellationToken);
            }
            finally
            {
                await sampling.CancelAsync();
                await sampler;
            }
        }

        lock (_samples)
        {
            report.LoadMin = _samples.Min(s => s.Load);
            report.LoadMax = _samples.Max(s => s.Load);
            report.PeakRss = _samples.Max(s => s.Rss);
        }
    }

    private async Task MeasureAsync(LiveServer server, Dictionary<string, string> settings, LiveReport report, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("X-Api-Key", settings["Bootstrap__ApiKey"]);
        var target = await PostingTargetAsync(http, cancellationToken);
        report.RssAfterStart = ProcFs.Memory(server.Pid).Rss;
        _serverPid = server.Pid;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });

        // One sign-in; its cookie is shared with every context below.
        var contextOptions = new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        };
        string storage;
        await using (var signIn = await browser.NewContextAsync(contextOptions))
        {
            signIn.SetDefaultTimeout(120_000);
            var page = await signIn.NewPageAsync();
            await page.GotoAsync(server.BaseUrl + "/account/login");
            await page.Locator("#username").FillAsync("admin");
            await page.Locator("#password").FillAsync(settings["Bootstrap__AdminPassword"]);
            await page.GetByTestId("login-submit").ClickAsync();
            await page.WaitForURLAsync(server.BaseUrl + "/");
            storage = await signIn.StorageStateAsync();

            // Warm-up: the overview's code paths JIT-compiled and its caches filled, so the idle figure carries them and
            // the per-page figure does not. Then the one-page baseline: the update latency with nothing competing.
            var (warm, _) = await LivePage.OpenAsync(signIn, server.BaseUrl);
            for (var i = 0; i < 2; i++)
            {
                await RoundAsync(http, target, [warm], cancellationToken);
            }

            var cpu = CpuSplit.Start(server.Pid);
            var baseline = new List<RoundResult>();
            for (var i = 0; i < options.Rounds; i++)
            {
                baseline.Add(await RoundAsync(http, target, [warm], cancellationToken));
            }

            report.Baseline = new LatencyStep(1, baseline, cpu.Stop());
            Console.WriteLine($"1 page: {report.Baseline.Describe()}");
        }

        var idle = CpuSplit.Start(server.Pid);
        report.RssIdle = await SettledMemoryAsync(server.Pid, cancellationToken);
        report.IdleCpu = idle.Stop();
        Console.WriteLine($"Idle after warm-up: RSS {Mib(report.RssIdle.Rss)} (anon {Mib(report.RssIdle.RssAnon)}); {report.IdleCpu.Describe()}");

        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < options.Contexts; i++)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions(contextOptions) { StorageState = storage });
            context.SetDefaultTimeout(120_000);
            contexts.Add(context);
        }

        var pages = new List<LivePage>();
        try
        {
            foreach (var count in options.Pages)
            {
                var step = new PageStep(count);
                var opening = CpuSplit.Start(server.Pid);
                var openTimes = new List<double>();
                using (var gate = new SemaphoreSlim(options.OpenParallel))
                {
                    var opened = await Task.WhenAll(Enumerable.Range(pages.Count, count - pages.Count).Select(async i =>
                    {
                        await gate.WaitAsync(cancellationToken);
                        try
                        {
                            return await LivePage.OpenAsync(contexts[i % contexts.Count], server.BaseUrl);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }));
                    pages.AddRange(opened.Select(o => o.Page));
                    openTimes.AddRange(opened.Select(o => o.Ms));
                }

                step.Opening = opening.Stop();
                step.OpenMs = openTimes;
                Console.WriteLine($"{count} pages open: load median {Percentile(openTimes, 50):F0} ms, p95 {Percentile(openTimes, 95):F0} ms; {step.Opening.Describe()}");

                var settle = CpuSplit.Start(server.Pid);
                step.Rss = await SettledMemoryAsync(server.Pid, cancellationToken);
                step.SettledCpu = settle.Stop();
                step.Circuits = pages.Sum(p => p.OpenSockets);
                Console.WriteLine($"{count} pages settled: RSS {Mib(step.Rss.Rss)} (anon {Mib(step.Rss.RssAnon)}), {step.Circuits} circuit sockets open; {step.SettledCpu.Describe()}");

                var cpu = CpuSplit.Start(server.Pid);
                var rounds = new List<RoundResult>();
                for (var i = 0; i < options.Rounds; i++)
                {
                    rounds.Add(await RoundAsync(http, target, pages, cancellationToken));
                    Console.WriteLine($"  round {i + 1}: last page after {rounds[^1].Latencies.DefaultIfEmpty().Max():F0} ms, POST {rounds[^1].PostMs:F0} ms, server {rounds[^1].ServerCpuMs:F0} CPU-ms, missed {rounds[^1].Missed}, wrong {rounds[^1].Wrong}");
                }

                step.Latency = new LatencyStep(count, rounds, cpu.Stop());
                step.RssAfterRounds = ProcFs.Memory(server.Pid);
                step.Reconnecting = (await Task.WhenAll(pages.Select(p => p.ReconnectingAsync()))).Count(r => r);
                step.CircuitsAfter = pages.Sum(p => p.OpenSockets);
                Console.WriteLine($"{count} pages: {step.Latency.Describe()}; RSS after the rounds {Mib(step.RssAfterRounds.Rss)}; reconnecting {step.Reconnecting}");
                report.Steps.Add(step);
            }

            if (options.Screenshot is { } shot)
            {
                await pages[^1].Page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
                Console.WriteLine($"Screenshot of page {pages.Count}: {shot}");
            }
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    /// <summary>One update: watch every page's total, POST a batch, and wait until every page shows the new total.</summary>
    private async Task<RoundResult> RoundAsync(HttpClient http, PostingTarget target, List<LivePage> pages, CancellationToken cancellationToken)
    {
        var before = await Task.WhenAll(pages.Select(p => p.ArmAsync()));
        var batch = Enumerable.Range(0, options.Batch).Select(_ =>
        {
            var n = Interlocked.Increment(ref _posted);
            var at = new DateTimeOffset(target.Day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8)).AddSeconds(n % 36_000);
            return new Dictionary<string, string?>
            {
                ["channel"] = target.Channel,
                ["column"] = target.Column,
                ["title"] = $"实时刷新压测 {_runId} #{n}",
                ["publishedAt"] = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                ["externalId"] = $"live-bench-{_runId}-{n}",
            };
        }).ToArray();

        var serverTicks = ServerTicks();
        var sent = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), batch, cancellationToken);
        var postMs = watch.Elapsed.TotalMilliseconds;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/v1/postings answered {(int)response.StatusCode}: {body}");
        }

        var added = JsonDocument.Parse(body).RootElement.GetProperty("added").GetInt32();
        if (added != batch.Length)
        {
            throw new InvalidOperationException($"POST /api/v1/postings added {added} of {batch.Length}: {body}");
        }

        var sentMs = (sent - DateTime.UnixEpoch).TotalMilliseconds;
        var seen = new double?[pages.Count];
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            var pending = Enumerable.Range(0, pages.Count).Where(i => seen[i] is null).ToList();
            if (pending.Count == 0)
            {
                break;
            }

            await Task.Delay(250, cancellationToken);
            var answers = await Task.WhenAll(pending.Select(i => pages[i].SeenAsync()));
            for (var k = 0; k < pending.Count; k++)
            {
                seen[pending[k]] = answers[k];
            }
        }

        // The server's CPU from the POST until the last page showed the update: the ingest and every circuit's reload.
        var serverCpuMs = (ServerTicks() - serverTicks) / ProcFs.TicksPerSecond * 1000;
        var totals = await Task.WhenAll(pages.Select(p => p.TotalAsync()));
        var wrong = Enumerable.Range(0, pages.Count).Count(i => seen[i] is not null && totals[i] != before[i] + added);
        var latencies = seen.Where(s => s is not null).Select(s => s!.Value - sentMs).ToList();

        // Let the charts finish drawing and the server go quiet before the next batch.
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        return new RoundResult(latencies, postMs, seen.Count(s => s is null), wrong, serverCpuMs);
    }

    private long ServerTicks() => ProcFs.Ticks(_serverPid);

    /// <summary>Waits the settle period, then takes the median of five readings a second apart.</summary>
    private async Task<(long Rss, long RssAnon)> SettledMemoryAsync(int pid, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
        var readings = new List<(long Rss, long RssAnon)>();
        for (var i = 0; i < 5; i++)
        {
            readings.Add(ProcFs.Memory(pid));
            await Task.Delay(1000, cancellationToken);
        }

        return readings.OrderBy(r => r.Rss).ElementAt(readings.Count / 2);
    }

    /// <summary>Load average and server RSS every two seconds for the whole run.</summary>
    private async Task SampleAsync(int pid, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var sample = (ProcFs.LoadAverage(), ProcFs.Memory(pid).Rss);
                lock (_samples)
                {
                    _samples.Add(sample);
                }

                await Task.Delay(2000, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }

    /// <summary>The channel (and column, if it has any) the batches go to: the first channel the API lists; the demo's year.</summary>
    private static async Task<PostingTarget> PostingTargetAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var channels = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/channels", UriKind.Relative), cancellationToken));
        var channel = channels.RootElement.EnumerateArray().OrderBy(c => c.GetProperty("columns").GetArrayLength()).First();
        var column = channel.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).FirstOrDefault();
        // The overview opens on 本年 of the app's clock, which the demo pins; the postings land inside it.
        return new PostingTarget(channel.GetProperty("name").GetString()!, column, LuodianDemoData.PinnedToday);
    }

    private async Task CleanUpAsync(BenchDatabase database)
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (database is SqliteBenchDatabase)
            {
                await database.RecreateAsync(CancellationToken.None);
            }
            else
            {
                var server = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" }.ToString();
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS \"{options.Database}\" WITH (FORCE)";
                await command.ExecuteNonQueryAsync();
            }
        }
        catch (Exception e) when (e is IOException or NpgsqlException)
        {
            Console.Error.WriteLine($"Could not remove the benchmark database: {e.Message}");
        }
    }

    private string ChromiumVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(options.Chromium, "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return System.Text.RegularExpressions.Regex.Match(text, @"\d+(\.\d+)+").Value;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "?";
        }
    }

    public static string Mib(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) + " MiB";

    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private sealed record PostingTarget(string Channel, string? Column, DateOnly Day);
}

/// <summary>One update round: per page, milliseconds from the POST to the new total on screen; pages that never showed it.</summary>
internal sealed record RoundResult(IReadOnlyList<double> Latencies, double PostMs, int Missed, int Wrong, double ServerCpuMs);

/// <summary>The rounds at one page count, with the CPU used while they ran.</summary>
internal sealed record LatencyStep(int Pages, IReadOnlyList<RoundResult> Rounds, CpuFigures Cpu)
{
    public IReadOnlyList<double> All => [.. Rounds.SelectMany(r => r.Latencies)];

    /// <summary>Per round, when the last page showed the update.</summary>
    public IReadOnlyList<double> Last => [.. Rounds.Where(r => r.Latencies.Count > 0).Select(r => r.Latencies.Max())];

    public int Missed => Rounds.Sum(r => r.Missed);

    public int Wrong => Rounds.Sum(r => r.Wrong);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"latency p50 {LiveRun.Percentile(All, 50):F0} ms, p95 {LiveRun.Percentile(All, 95):F0} ms, max {All.DefaultIfEmpty().Max():F0} ms over {All.Count} samples; missed {Missed}, wrong {Wrong}; {Cpu.Describe()}");
}

/// <summary>Everything measured at one page count.</summary>
internal sealed class PageStep(int pages)
{
    public int Pages { get; } = pages;

    public CpuFigures Opening { get; set; } = null!;

    public IReadOnlyList<double> OpenMs { get; set; } = [];

    public (long Rss, long RssAnon) Rss { get; set; }

    public CpuFigures SettledCpu { get; set; } = null!;

    public int Circuits { get; set; }

    public LatencyStep Latency { get; set; } = null!;

    public (long Rss, long RssAnon) RssAfterRounds { get; set; }

    public int Reconnecting { get; set; }

    public int CircuitsAfter { get; set; }
}
