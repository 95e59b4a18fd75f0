using System.Globalization;
using OpenGovDashboard.Bench;

if (args.Contains("--live"))
{
    // The live mode (bench/README.md): the app as its own process, Chromium pages on its overview, memory and update latency.
    LiveOptions live;
    try
    {
        live = LiveOptions.Parse(args);
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }

    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return await new LiveRun(live).RunAsync(args, stop.Token);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

BenchDatabase database = options.Provider == "sqlite"
    ? new SqliteBenchDatabase(options.Connection ?? $"Data Source=/tmp/ogd-bench-{options.Postings}.db")
    : new PostgreSqlBenchDatabase(options.Connection
        ?? Environment.GetEnvironmentVariable("OPENGOV_BENCH_POSTGRES")
        ?? "Host=127.0.0.1;Port=5544;Username=postgres;Database=postgres", options.Database);

var started = DateTime.UtcNow;
var version = await database.VersionAsync(cancellation.Token);
var header = string.Create(CultureInfo.InvariantCulture, $"""
    ### {database.Name} — {options.Postings:N0} postings

    {MachineInfo.Describe(started)}; {version}.
    Command: `dotnet run -c Release --project bench/OpenGovDashboard.Bench -- {MachineInfo.Quote(args)}`
    """);
Console.WriteLine(header);
var report = new BenchReport(database.Name, header);
await new BenchRun(options, database, report).RunAsync(cancellation.Token);
report.Note(string.Create(CultureInfo.InvariantCulture, $"Whole run: {(DateTime.UtcNow - started).TotalMinutes:F1} min."));

Console.WriteLine();
Console.WriteLine(report.Render());
if (options.Write is { } path)
{
    // Resolved before the run would be better still; resolving here keeps the measured figures on screen if it fails.
    try
    {
        report.WriteInto(path);
        Console.WriteLine($"Updated {BenchReport.ResolveInRepository(path)}.");
    }
    catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"Could not write {path}: {e.Message}");
        return 1;
    }
}

return 0;
