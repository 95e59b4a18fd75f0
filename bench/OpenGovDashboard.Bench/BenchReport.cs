using System.Globalization;
using System.Text;

namespace OpenGovDashboard.Bench;

/// <summary>Collects the figures of one run and renders them as the Markdown section docs/benchmarks.md holds per provider.</summary>
internal sealed class BenchReport(string provider, string header)
{
    public const double QueryTargetMs = 50;

    private readonly List<string> _rows = [];
    private readonly List<(string GroupBy, string Interval, string Column, Timing Timing)> _queries = [];
    private readonly List<string> _notes = [];

    public string StartMarker => $"<!-- bench:{provider.ToLowerInvariant()}:start -->";

    public string EndMarker => $"<!-- bench:{provider.ToLowerInvariant()}:end -->";

    public void Row(string what, Timing? timing, string target, string notes)
    {
        var median = timing is null ? "" : Ms(timing.MedianMs);
        var p95 = timing is null ? "" : timing.Samples < 20 ? $"{Ms(timing.MaxMs)} (max of {timing.Samples})" : Ms(timing.P95Ms);
        _rows.Add($"| {what} | {median} | {p95} | {target} | {notes} |");
        Console.WriteLine($"{what}: median {median}, p95 {p95} (target {target}) {notes}");
    }

    public void Query(string groupBy, string interval, string column, Timing timing)
    {
        _queries.Add((groupBy, interval, column, timing));
        Console.WriteLine($"  summary {groupBy,-11} {interval,-5} {column,-14} median {timing.MedianMs,8:F1} ms  p95 {timing.P95Ms,8:F1} ms");
    }

    public void Note(string note) => _notes.Add(note);

    public (Timing Worst, string Which, int Over) WorstQuery()
    {
        var worst = _queries.MaxBy(q => q.Timing.P95Ms);
        return (worst.Timing, $"{worst.GroupBy}/{worst.Interval}/{worst.Column}", _queries.Count(q => q.Timing.P95Ms > QueryTargetMs));
    }

    public int QueryCount => _queries.Count;

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine(StartMarker);
        text.AppendLine(header);
        text.AppendLine();
        text.AppendLine("| what | median | p95 | target | rows, memory, notes |");
        text.AppendLine("| --- | ---: | ---: | --- | --- |");
        foreach (var row in _rows)
        {
            text.AppendLine(row);
        }

        var columns = _queries.Select(q => q.Column).Distinct().ToList();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Dashboard queries (`PublishingQueries.SummaryAsync`), **p95 in ms** with the median in brackets; over {QueryTargetMs} ms in bold.");
        text.AppendLine();
        text.AppendLine("| groupBy | interval | " + string.Join(" | ", columns) + " |");
        text.AppendLine("| --- | --- | " + string.Join(" | ", columns.Select(_ => "---:")) + " |");
        foreach (var line in _queries.GroupBy(q => (q.GroupBy, q.Interval)))
        {
            var cells = columns.Select(c => line.FirstOrDefault(q => q.Column == c).Timing is { } t
                ? (t.P95Ms > QueryTargetMs ? $"**{t.P95Ms:F0}**" : t.P95Ms.ToString("F0", CultureInfo.InvariantCulture)) + $" ({t.MedianMs:F0})"
                : "");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {line.Key.GroupBy} | {line.Key.Interval} | {string.Join(" | ", cells)} |");
        }

        foreach (var note in _notes)
        {
            text.AppendLine();
            text.AppendLine(note);
        }

        text.AppendLine(EndMarker);
        return text.ToString();
    }

    /// <summary>Replaces this provider's section of <paramref name="path"/> (between its markers), or appends it.</summary>
    /// <remarks>
    /// A relative path is the repository's: <c>dotnet run --project</c> starts the harness in the project folder, where
    /// <c>docs/benchmarks.md</c> does not exist (an earlier harness died there and its stack trace ended up in the document).
    /// </remarks>
    public void WriteInto(string path) => WriteSection(path, StartMarker, EndMarker, Render());

    /// <summary>Replaces the text between two markers of <paramref name="path"/> with <paramref name="section"/> (which carries the markers), or appends it.</summary>
    public static void WriteSection(string path, string startMarker, string endMarker, string section)
    {
        path = ResolveInRepository(path);
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var start = existing.IndexOf(startMarker, StringComparison.Ordinal);
        var end = existing.IndexOf(endMarker, StringComparison.Ordinal);
        var updated = start >= 0 && end > start
            ? string.Concat(existing.AsSpan(0, start), section.TrimEnd('\n'), existing.AsSpan(end + endMarker.Length))
            : existing.TrimEnd('\n') + "\n\n" + section;
        File.WriteAllText(path, updated);
    }

    /// <summary>An absolute path as is; a relative one against the folder holding OpenGovDashboard.sln (searched up from here).</summary>
    public static string ResolveInRepository(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "OpenGovDashboard.sln")))
                {
                    return Path.Combine(folder.FullName, path);
                }
            }
        }

        throw new ArgumentException($"--write {path}: no OpenGovDashboard.sln above {Environment.CurrentDirectory}; give an absolute path.");
    }

    public static string Ms(double ms) => ms >= 10_000
        ? (ms / 1000).ToString("F1", CultureInfo.InvariantCulture) + " s"
        : ms.ToString(ms >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture) + " ms";
}
