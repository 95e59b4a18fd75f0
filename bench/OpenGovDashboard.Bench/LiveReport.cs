using System.Globalization;
using System.Text;

namespace OpenGovDashboard.Bench;

/// <summary>The live mode's Markdown section: memory per connected page, update latency, the CPU split, and the sizing they imply.</summary>
internal sealed class LiveReport(string provider, string header, string environment, bool published, LiveOptions options)
{
    /// <summary>Above this share of all cores busy, a phase counts as CPU-bound and the biggest user is named its limit.</summary>
    private const double Saturated = 0.85;

    public string StartMarker => $"<!-- bench:live-{provider.ToLowerInvariant()}:start -->";

    public string EndMarker => $"<!-- bench:live-{provider.ToLowerInvariant()}:end -->";

    public double StartupSeconds { get; set; }

    public long RssAfterStart { get; set; }

    public (long Rss, long RssAnon) RssIdle { get; set; }

    public CpuFigures IdleCpu { get; set; } = null!;

    public LatencyStep Baseline { get; set; } = null!;

    public List<PageStep> Steps { get; } = [];

    public double LoadBefore { get; set; }

    public double LoadMin { get; set; }

    public double LoadMax { get; set; }

    public long PeakRss { get; set; }

    public double WholeRunMinutes { get; set; }

    public string Render()
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        text.AppendLine(StartMarker);
        text.AppendLine(header);
        text.AppendLine();
        Line($"""
            The app ran as its own process (`dotnet OpenGovDashboard.Web.dll`, {(published ? "a published folder" : "the Release build output")}, {environment}{(published ? "" : ": a build output serves the MudBlazor package assets only in Development, docs/tech-notes.md gotcha 4; the per-page figures are differences and do not depend on it")}; server GC as the web SDK sets it) on a fresh {provider} database with the demo county; healthy {StartupSeconds:F0} s after start (migrations, demo data).
            Chromium (headless, 1440×900) opened the overview (本年, county-wide, signed in once as admin; {options.Contexts} browser contexts sharing the cookie) {options.OpenParallel} pages at a time; each round POSTs {options.Batch} postings to `/api/v1/postings` on the same node and times, in each page, the wall-clock instant (`Date.now()`, MutationObserver) its total (`total-postings`) changes, against the instant the POST left; {options.Rounds} rounds per page count, 2 s apart. The page waits 300 ms for a burst to settle before it reloads, so 300 ms of every figure is by design.
            Memory is the server's resident set from /proc (median of five readings after {options.SettleSeconds} s of settling; "anon" leaves out mapped files); per page = (RSS with N − RSS idle) / N. CPU is from /proc: the server process; the client = this harness + Playwright's driver + every Chromium process; "others" = the rest of the machine.
            **Load average (1 min): {LoadBefore:F1} before the run, {LoadMin:F1}–{LoadMax:F1} during it, on {Environment.ProcessorCount} cores.** The client ran on the same cores as the server; the load average also counts this run's own Chromium threads (every page's renderer wakes at each update) and lags a previous run, so the CPU table's "others" column is the measure of what else the machine was doing.
            """);

        text.AppendLine();
        text.AppendLine("| pages | server RSS, settled | anon | per page | marginal per page | RSS after the update rounds | per page after the rounds | circuits (open `/_blazor` sockets) | page load median / p95 |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Line($"| 0, just started | {LiveRun.Mib(RssAfterStart)} | | | | | | | |");
        Line($"| 0, idle after warm-up | {LiveRun.Mib(RssIdle.Rss)} | {LiveRun.Mib(RssIdle.RssAnon)} | | | | | | |");
        var previous = (Pages: 0, Rss: RssIdle.Rss);
        foreach (var step in Steps)
        {
            Line($"| {step.Pages} | {LiveRun.Mib(step.Rss.Rss)} | {LiveRun.Mib(step.Rss.RssAnon)} | **{PerPage(step.Rss.Rss, step.Pages):F2} MiB** | {(step.Rss.Rss - previous.Rss) / 1048576.0 / (step.Pages - previous.Pages):F2} MiB | {LiveRun.Mib(step.RssAfterRounds.Rss)} | **{PerPage(step.RssAfterRounds.Rss, step.Pages):F2} MiB** | {step.Circuits} ({step.CircuitsAfter} after the rounds) | {LiveRun.Percentile(step.OpenMs, 50):F0} / {LiveRun.Percentile(step.OpenMs, 95):F0} ms |");
            previous = (step.Pages, step.Rss.Rss);
        }

        Line($"""

            Peak server RSS during the run: {LiveRun.Mib(PeakRss)} (sampled every 2 s). The server GC gives memory back lazily: the reading after the rounds carries the reloads' garbage not yet collected, which a node needs room for all the same.
            """);

        text.AppendLine();
        text.AppendLine("| pages | updates timed | p50 | p95 | max | all pages updated, median / max of rounds | POST (ingest) median | server CPU per round, median | missed / wrong / reconnecting |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        LatencyRow(text, Baseline, "1 (baseline)", null);
        foreach (var step in Steps)
        {
            LatencyRow(text, step.Latency, step.Pages.ToString(CultureInfo.InvariantCulture), step.Reconnecting);
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"CPU in cores (of {Environment.ProcessorCount}), averaged over each phase; the limit is named where the machine was over {Saturated:P0} busy.");
        text.AppendLine();
        text.AppendLine("| phase | wall | server | client (harness + Chromium) | others | machine busy | limit |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        CpuRow(text, "update rounds, 1 page", Baseline.Cpu);
        CpuRow(text, "idle after warm-up", IdleCpu);
        foreach (var step in Steps)
        {
            CpuRow(text, $"opening up to {step.Pages} pages", step.Opening);
            CpuRow(text, $"{step.Pages} pages connected, no updates", step.SettledCpu);
            CpuRow(text, $"update rounds, {step.Pages} pages", step.Latency.Cpu);
        }

        text.AppendLine();
        text.AppendLine(Sizing());
        text.AppendLine();
        Line($"Whole run: {WholeRunMinutes:F1} min.");
        text.AppendLine(EndMarker);
        return text.ToString();
    }

    private double PerPage(long rss, int pages) => (rss - RssIdle.Rss) / 1048576.0 / pages;

    private static void LatencyRow(StringBuilder text, LatencyStep step, string pages, int? reconnecting)
    {
        var all = step.All;
        var last = step.Last;
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {pages} | {all.Count} | {Ms(LiveRun.Percentile(all, 50))} | {Ms(LiveRun.Percentile(all, 95))} | {Ms(all.DefaultIfEmpty().Max())} | {Ms(LiveRun.Percentile(last, 50))} / {Ms(last.DefaultIfEmpty().Max())} | {Ms(LiveRun.Percentile([.. step.Rounds.Select(r => r.PostMs)], 50))} | {LiveRun.Percentile([.. step.Rounds.Select(r => r.ServerCpuMs)], 50):F0} ms | {step.Missed} / {step.Wrong} / {(reconnecting?.ToString(CultureInfo.InvariantCulture) ?? "—")} |"));
    }

    private static void CpuRow(StringBuilder text, string phase, CpuFigures cpu) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {phase} | {cpu.Seconds:F0} s | {cpu.Server:F2} | {cpu.Client:F2} | {cpu.Others:F2} | {cpu.Machine / cpu.Cores:P0} | {Limit(cpu)} |"));

    /// <summary>
    /// Who held the CPU in a phase that kept the machine busy. The client is named the limit whenever it used more than the
    /// server: the server then had CPU it did not ask for, and the timings wait on the browsers (and on anyone else).
    /// </summary>
    private static string Limit(CpuFigures cpu)
    {
        if (cpu.Machine < Saturated * cpu.Cores)
        {
            return "none (CPU to spare)";
        }

        string Share(double cores) => (cores / cpu.Machine).ToString("P0", CultureInfo.InvariantCulture);
        if (cpu.Server >= cpu.Client && cpu.Server >= cpu.Others)
        {
            return $"the server ({Share(cpu.Server)} of the busy time)";
        }

        return cpu.Client >= cpu.Others
            ? $"**the client** ({Share(cpu.Client)} of the busy time; the server {Share(cpu.Server)})"
            : $"other work ({Share(cpu.Others)} of the busy time); the client {Share(cpu.Client)}, the server {Share(cpu.Server)}";
    }

    private string Sizing()
    {
        var largest = Steps.MaxBy(s => s.Pages)!;
        var n = largest.Pages;
        var settled = PerPage(largest.Rss.Rss, n);
        var afterRounds = PerPage(largest.RssAfterRounds.Rss, n);
        var perPage = Math.Max(settled, afterRounds);
        var rounds = largest.Latency;

        // The server's CPU from each POST until its last page updated, per page on screen.
        var perRoundMs = LiveRun.Percentile([.. rounds.Rounds.Select(r => r.ServerCpuMs)], 50);
        var perPageUpdateMs = Math.Max(perRoundMs / n, 0.01);
        var idlePerPage = largest.SettledCpu.Server / n;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Sizing** (from {n} pages; a connected page is one user's open dashboard). ");
        text.Append(CultureInfo.InvariantCulture,
            $"Memory: {settled:F2} MiB of server RSS per connected page when settled, {afterRounds:F2} MiB after a series of updates; counting the larger, {perPage:F1} MiB on top of {RssIdle.Rss / 1048576.0:F0} MiB for an idle node, **≈ {1024 / perPage:F0} connected users per GiB**, ");
        text.Append(CultureInfo.InvariantCulture,
            $"and a node given 2 GiB holds ≈ {(2048 - RssIdle.Rss / 1048576.0) / perPage:F0} (peak RSS here {PeakRss / 1048576.0:F0} MiB with {n} pages). ");
        text.Append(CultureInfo.InvariantCulture,
            $"CPU: {n} connected pages without updates cost the server {largest.SettledCpu.Server:F2} cores ({idlePerPage * 1000:F1} milli-cores each); one update cost it {perRoundMs:F0} CPU-ms (median of rounds, from the POST to the last page: ingest, every circuit's reload and render, the diffs sent), ≈ {perPageUpdateMs:F1} CPU-ms per page on screen, ");
        text.Append(CultureInfo.InvariantCulture,
            $"so **one core keeps ≈ {10_000 / perPageUpdateMs:F0} pages live with an update every 10 s, ≈ {60_000 / perPageUpdateMs:F0} with one a minute** (the circuits of a core's pages at one update every 10 s take ≈ {10_000 / perPageUpdateMs * perPage / 1024:F1} GiB). Every page here showed the same county-wide view, which `SummaryCache` serves after the first reload; users on other periods and units cost the server more per update. ");

        var cpu = rounds.Cpu;
        var p95 = LiveRun.Percentile(rounds.All, 95);
        var baseline = LiveRun.Percentile(Baseline.All, 95);
        text.Append(CultureInfo.InvariantCulture, $"Latency: p95 {p95:F0} ms with {n} pages against {baseline:F0} ms with one. ");
        if (cpu.Machine < Saturated * cpu.Cores)
        {
            text.Append(CultureInfo.InvariantCulture, $"The machine had CPU to spare during the rounds ({cpu.Machine / cpu.Cores:P0} busy): neither side was saturated.");
        }
        else if (cpu.Client > cpu.Server && cpu.Others > cpu.Client)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"The server is not the limit: during the rounds it used {cpu.Server:F2} of {cpu.Cores} cores against the client's {cpu.Client:F2} and other agents' {cpu.Others:F2}, so the wait beyond the one-page figure is the browsers and the shared machine's other work. ");
            text.Append(CultureInfo.InvariantCulture,
                $"With the cores to itself, the server's {perRoundMs:F0} CPU-ms per update over {cpu.Cores} cores would add roughly {perRoundMs / cpu.Cores:F0}–{perRoundMs:F0} ms to the one-page latency; a quiet machine with the browsers elsewhere would show it.");
        }
        else if (cpu.Client > cpu.Server)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"**The client is the limit of this figure, not the server**: during the rounds Chromium and the harness used {cpu.Client:F2} of {cpu.Cores} cores, other work {cpu.Others:F2}, the server {cpu.Server:F2}; the wait beyond the one-page figure is {n} renderers queueing for CPU on the server's own cores. ");
            text.Append(CultureInfo.InvariantCulture,
                $"With the browsers elsewhere, the server's {perRoundMs:F0} CPU-ms per update spread over {cpu.Cores} cores would add roughly {perRoundMs / cpu.Cores:F0}–{perRoundMs:F0} ms to the one-page latency; measuring that needs the browsers on another machine.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture,
                $"During the rounds the server used {cpu.Server:F2} of {cpu.Cores} cores, the client {cpu.Client:F2}, other work {cpu.Others:F2} ({cpu.Machine / cpu.Cores:P0} busy): {(cpu.Server >= cpu.Others ? "**the server is the limit**" : "other work on the shared machine dominated; re-run on a quiet one")}.");
        }

        return text.ToString();
    }

    private static string Ms(double ms) => double.IsNaN(ms) ? "—" : BenchReport.Ms(ms);
}
