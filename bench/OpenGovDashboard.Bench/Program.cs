using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Npgsql;
using OpenGovDashboard.Bench;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Features.Publishing;
using OpenGovDashboard.Web.Features.Publishing.Import;

// dotnet run -c Release --project bench/OpenGovDashboard.Bench -- --provider sqlite|postgresql [--postings 5000000] [--runs 20]
//   [--import-rows 100000] [--connection CS] [--write docs/benchmarks.md]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "true");
var provider = options.GetValueOrDefault("provider", "sqlite").StartsWith("p", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
var postings = int.Parse(options.GetValueOrDefault("postings", "200000"), CultureInfo.InvariantCulture);
var importRows = int.Parse(options.GetValueOrDefault("import-rows", "100000"), CultureInfo.InvariantCulture);
var runs = int.Parse(options.GetValueOrDefault("runs", "20"), CultureInfo.InvariantCulture);

string connectionString;
if (provider == DatabaseProvider.PostgreSql)
{
    var server = options.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable("OPENGOV_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=5544;Username=postgres;Database=postgres";
    await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString()))
    {
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS ogd_bench WITH (FORCE); CREATE DATABASE ogd_bench ENCODING 'UTF8';", admin);
        await drop.ExecuteNonQueryAsync();
    }

    connectionString = new NpgsqlConnectionStringBuilder(server) { Database = "ogd_bench", CommandTimeout = 600 }.ToString();
}
else
{
    var file = options.GetValueOrDefault("connection") ?? Path.Combine(Path.GetTempPath(), "ogd-bench.db");
    foreach (var path in new[] { file, file + "-wal", file + "-shm" })
    {
        File.Delete(path);
    }

    connectionString = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 600 }.ToString();
}

var app = BenchHost.Build(provider, connectionString);
var results = new List<(string What, string Figure, string Target)>();
Console.WriteLine($"OpenGovDashboard bench — {provider}, {postings:N0} postings");

await using (var db = app.CreateDbContext())
{
    await db.Database.MigrateAsync();
}

BenchData.Shape shape;
await using (var db = app.CreateDbContext())
{
    shape = await BenchData.CreateStructureAsync(db);
}

var clock = Stopwatch.StartNew();
await BenchData.BulkInsertAsync(provider, connectionString, BenchData.Postings(shape, postings, BenchData.First, BenchData.Last, 2019, "b"));
results.Add(("generate postings (bulk load, not a target)", Seconds(clock.Elapsed), "—"));
await using (var db = app.CreateDbContext())
{
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
    await db.Database.ExecuteSqlRawAsync("ANALYZE");

    clock.Restart();
    var floor = await db.Postings.GroupBy(p => new { p.PublishedOn, p.ChannelId, ColumnKey = p.ColumnId ?? 0 })
        .Select(g => new { g.Key.PublishedOn, g.Key.ChannelId, g.Key.ColumnKey, Count = g.Count() }).ToListAsync();
    results.Add(($"floor: bare SELECT … GROUP BY day × channel × column ({floor.Count:N0} groups)", Seconds(clock.Elapsed), "—"));

    clock.Restart();
    var rebuilt = await PostingRollups.RebuildAsync(db, CancellationToken.None);
    results.Add(($"full rollup rebuild ({rebuilt.DayRows:N0} day rows, {rebuilt.MonthRows:N0} month rows)", Seconds(clock.Elapsed), "≤ 20 s"));
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
}

// Incremental: 10,000 new postings through the one ingestion rule set (validation, dedupe, rollups, audit, one transaction).
var ingestion = app.Services.GetRequiredService<PostingIngestion>();
var batch = BenchData.Postings(shape, 10_000, new DateOnly(2019, 12, 1), BenchData.Last, 7, "inc")
    .Select(p => new PostingInput
    {
        Channel = p.Channel.ToString(CultureInfo.InvariantCulture),
        Column = p.Column?.ToString(CultureInfo.InvariantCulture),
        OrgUnit = p.Unit.ToString(CultureInfo.InvariantCulture),
        Title = p.Title,
        PublishedAt = new DateTimeOffset(p.Utc, TimeSpan.Zero),
        ExternalId = p.ExternalId,
    }).ToList();
clock.Restart();
var ingested = await ingestion.IngestAsync(UnitScope.CountyWide, "bench", "bench", batch, null, CancellationToken.None);
results.Add(($"ingest 10,000 postings incl. rollups ({ingested.Added:N0} added)", Seconds(clock.Elapsed), "≤ 1 s"));

// Every dashboard query, as the overview asks them, at the generated scale.
var queries = app.Services.GetRequiredService<PublishingQueries>();
var busyUnit = shape.Units[1];
var spans = new (string Name, DateOnly From, DateOnly To)[]
{
    ("本月", new DateOnly(2019, 12, 1), BenchData.Last),
    ("本季度", new DateOnly(2019, 10, 1), BenchData.Last),
    ("本年", new DateOnly(2019, 1, 1), BenchData.Last),
    ("自定义", new DateOnly(2019, 3, 10), new DateOnly(2019, 8, 20)),
};
var worst = (Name: "", P95: 0.0);
var lines = new List<string>();
foreach (var (name, from, to) in spans)
{
    foreach (var unit in new int?[] { null, busyUnit })
    {
        foreach (var (groupBy, interval) in new[]
                 {
                     (SummaryGroupBy.ChannelKind, SummaryInterval.None), (SummaryGroupBy.Channel, SummaryInterval.Day),
                     (SummaryGroupBy.Channel, SummaryInterval.Week), (SummaryGroupBy.Channel, SummaryInterval.Month),
                     (SummaryGroupBy.Category, SummaryInterval.None), (SummaryGroupBy.OrgUnit, SummaryInterval.None),
                 })
        {
            var request = new SummaryRequest(from, to, groupBy, interval, unit);
            var times = new List<double>();
            for (var run = 0; run < runs + 3; run++)
            {
                clock.Restart();
                await queries.SummaryAsync(request, CancellationToken.None);
                if (run >= 3)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
            var label = $"{name} {groupBy}/{interval}{(unit is null ? "" : " unit")}";
            lines.Add($"| {label} | {times[times.Count / 2]:0.0} | {p95:0.0} |");
            if (p95 > worst.P95)
            {
                worst = (label, p95);
            }
        }
    }
}

results.Add(($"dashboard queries: worst p95 of {lines.Count} ({worst.Name})", $"{worst.P95:0.0} ms", "≤ 50 ms"));

// A 100,000-row .xlsx through the import door: read, validate, dedupe, write, rollups.
var xlsx = Path.Combine(Path.GetTempPath(), $"ogd-bench-import-{importRows}.xlsx");
File.Delete(xlsx);
MiniExcel.SaveAs(xlsx, BenchData.Postings(shape, importRows, new DateOnly(2019, 11, 1), BenchData.Last, 11, "imp")
    .Select(p => new Dictionary<string, object?>
    {
        ["渠道"] = p.Channel.ToString(CultureInfo.InvariantCulture),
        ["栏目"] = p.Column?.ToString(CultureInfo.InvariantCulture),
        ["单位"] = p.Unit.ToString(CultureInfo.InvariantCulture),
        ["标题"] = p.Title,
        ["链接"] = null,
        ["发布时间"] = new DateTimeOffset(p.Utc, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        ["外部编号"] = p.ExternalId,
    }));
GC.Collect();
var baseline = Environment.WorkingSet;
var importer = app.Services.GetRequiredService<PostingImporter>();
clock.Restart();
await using (var file = File.OpenRead(xlsx))
{
    var imported = await importer.ImportAsync(UnitScope.CountyWide, "bench", Path.GetFileName(xlsx), file, CancellationToken.None);
    results.Add(($"import {importRows:N0}-row .xlsx end to end ({imported.Added:N0} added; {imported.Errors.Count} errors{(imported.Errors.Count > 0 ? ": " + imported.Errors[0].Message : "")})", Seconds(clock.Elapsed), "≤ 15 s"));
}

using (var process = Process.GetCurrentProcess())
{
    results.Add(("peak working set of the whole run (process)", $"{process.PeakWorkingSet64 / 1024 / 1024:N0} MiB", "flat"));
    results.Add(("working set before the import", $"{baseline / 1024 / 1024:N0} MiB", "—"));
}

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"### {provider} — {postings:N0} postings, 90 channels, 2,000 units, 2017–2019");
report.AppendLine();
report.AppendLine("| measurement | figure | target |");
report.AppendLine("| --- | --- | --- |");
foreach (var (what, figure, target) in results)
{
    report.AppendLine(CultureInfo.InvariantCulture, $"| {what} | {figure} | {target} |");
}

report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"<details><summary>every dashboard query (median / p95 ms over {runs} runs after 3 warm-ups)</summary>");
report.AppendLine();
report.AppendLine("| query | median | p95 |");
report.AppendLine("| --- | --- | --- |");
lines.ForEach(line => report.AppendLine(line));
report.AppendLine();
report.AppendLine("</details>");
Console.WriteLine(report);
if (options.TryGetValue("write", out var output))
{
    // A relative path is the repository's (dotnet run may start us in the project folder).
    var root = new DirectoryInfo(AppContext.BaseDirectory);
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenGovDashboard.sln")))
    {
        root = root.Parent;
    }

    var target = Path.IsPathRooted(output) || root is null ? output : Path.Combine(root.FullName, output);
    await File.AppendAllTextAsync(target, Environment.NewLine + report);
    Console.WriteLine($"appended to {target}");
}

static string Seconds(TimeSpan elapsed) => $"{elapsed.TotalSeconds:0.00} s";
