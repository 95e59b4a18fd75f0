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
            **Load average (1 min) during the run: {LoadMin:F1}–{LoadMax:F1} on {Environment.ProcessorCount} cores**: the machine was shared with other agents' builds and tests, and the client ran on the same cores as the server.
            """);

        text.AppendLine();
        text.AppendLine("| pages | server RSS | anon | per page | marginal per page | RSS after the rounds | circuits (open `/_blazor` sockets) | page load median / p95 |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Line($"| 0, just started | {LiveRun.Mib(RssAfterStart)} | | | | | | |");
        Line($"| 0, idle after warm-up | {LiveRun.Mib(RssIdle.Rss)} | {LiveRun.Mib(RssIdle.RssAnon)} | | | | | |");
        var previous = (Pages: 0, Rss: RssIdle.Rss);
        foreach (var step in Steps)
        {
            Line($"| {step.Pages} | {LiveRun.Mib(step.Rss.Rss)} | {LiveRun.Mib(step.Rss.RssAnon)} | **{PerPage(step):F2} MiB** | {(step.Rss.Rss - previous.Rss) / 1048576.0 / (step.Pages - previous.Pages):F2} MiB | {LiveRun.Mib(step.RssAfterRounds.Rss)} | {step.Circuits} ({step.CircuitsAfter} after the rounds) | {LiveRun.Percentile(step.OpenMs, 50):F0} / {LiveRun.Percentile(step.OpenMs, 95):F0} ms |");
            previous = (step.Pages, step.Rss.Rss);
        }

        Line($"\nPeak server RSS during the run: {LiveRun.Mib(PeakRss)} (sampled every 2 s).");

        text.AppendLine();
        text.AppendLine("| pages | updates timed | p50 | p95 | max | all pages updated, median / max of rounds | POST (ingest) median | missed / wrong / reconnecting |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
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

    private double PerPage(PageStep step) => (step.Rss.Rss - RssIdle.Rss) / 1048576.0 / step.Pages;

    private static void LatencyRow(StringBuilder text, LatencyStep step, string pages, int? reconnecting)
    {
        var all = step.All;
        var last = step.Last;
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {pages} | {all.Count} | {Ms(LiveRun.Percentile(all, 50))} | {Ms(LiveRun.Percentile(all, 95))} | {Ms(all.DefaultIfEmpty().Max())} | {Ms(LiveRun.Percentile(last, 50))} / {Ms(last.DefaultIfEmpty().Max())} | {Ms(LiveRun.Percentile([.. step.Rounds.Select(r => r.PostMs)], 50))} | {step.Missed} / {step.Wrong} / {(reconnecting?.ToString(CultureInfo.InvariantCulture) ?? "—")} |"));
    }

    private static void CpuRow(StringBuilder text, string phase, CpuFigures cpu) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {phase} | {cpu.Seconds:F0} s | {cpu.Server:F2} | {cpu.Client:F2} | {cpu.Others:F2} | {cpu.Machine / cpu.Cores:P0} | {Limit(cpu)} |"));

    /// <summary>Who used the most CPU in a phase that kept the machine busy: that is what bounded its timings.</summary>
    private static string Limit(CpuFigures cpu)
    {
        if (cpu.Machine < Saturated * cpu.Cores)
        {
            return "none (CPU to spare)";
        }

        var (share, who) = new[] { (cpu.Server, "the server"), (cpu.Client, "**the client** (Chromium)"), (cpu.Others, "other work on the machine") }.MaxBy(x => x.Item1);
        return string.Create(CultureInfo.InvariantCulture, $"{who}, {share / cpu.Machine:P0} of the busy time");
    }

    private string Sizing()
    {
        var largest = Steps.MaxBy(s => s.Pages)!;
        var perPage = PerPage(largest);
        var rounds = largest.Latency;
        var n = largest.Pages;

        // All the server's CPU during the rounds (the pauses between them included), per round: an upper bound of an update's cost.
        var perRound = rounds.Cpu.ServerCpuSeconds / rounds.Rounds.Count;
        var perPageUpdateMs = perRound / n * 1000;
        var idlePerPage = largest.SettledCpu.Server / n;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Sizing** (from {n} pages; a connected page is one user's open dashboard). ");
        text.Append(CultureInfo.InvariantCulture,
            $"Memory: {perPage:F2} MiB of server RSS per connected page, on top of {RssIdle.Rss / 1048576.0:F0} MiB for an idle node, so **≈ {1024 / perPage:F0} connected users per GiB**; ");
        text.Append(CultureInfo.InvariantCulture,
            $"a node given 2 GiB holds ≈ {(2048 - RssIdle.Rss / 1048576.0) / perPage:F0} (peak RSS here was {PeakRss / 1048576.0:F0} MiB with {n} pages). ");
        text.Append(CultureInfo.InvariantCulture,
            $"CPU: connected pages without updates cost the server {idlePerPage * 1000:F1} milli-cores each; one update costs it at most ≈ {perPageUpdateMs:F1} CPU-ms per page on screen ({perRound * 1000:F0} CPU-ms per round for {n} pages, all the server's CPU during the rounds: ingest, the reloads' queries, rendering and the diff sent to every circuit), ");
        text.Append(CultureInfo.InvariantCulture,
            $"so **one core keeps ≈ {10_000 / Math.Max(perPageUpdateMs, 0.01):F0} pages live with an update every 10 s, ≈ {60_000 / Math.Max(perPageUpdateMs, 0.01):F0} with one a minute** (every page here showed the same county-wide view, which `SummaryCache` serves after the first reload; users on different periods and units cost more per update). ");

        var cpu = rounds.Cpu;
        var p95 = LiveRun.Percentile(rounds.All, 95);
        var baseline = LiveRun.Percentile(Baseline.All, 95);
        if (cpu.Machine >= Saturated * cpu.Cores && cpu.Client >= cpu.Server && cpu.Client >= cpu.Others)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Latency: p95 {p95:F0} ms with {n} pages against {baseline:F0} ms with one, but **the client is the limit of this figure**: during the rounds Chromium and the harness used {cpu.Client:F2} of {cpu.Cores} cores against the server's {cpu.Server:F2}, with the machine {cpu.Machine / cpu.Cores:P0} busy, so most of the wait is {n} renderers queueing for CPU on the server's own cores. ");
            text.Append(CultureInfo.InvariantCulture,
                $"The server's own work per round ({perRound * 1000:F0} CPU-ms) bounds what a node with its cores to itself would add: about {perRound * 1000 / cpu.Cores:F0}–{perRound * 1000:F0} ms on top of the one-page figure. Measuring the server's limit needs the browsers on another machine.");
        }
        else if (cpu.Machine >= Saturated * cpu.Cores && cpu.Server >= cpu.Others)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Latency: p95 {p95:F0} ms with {n} pages against {baseline:F0} ms with one; **the server is the limit** here ({cpu.Server:F2} of {cpu.Cores} cores against the client's {cpu.Client:F2}, machine {cpu.Machine / cpu.Cores:P0} busy).");
        }
        else if (cpu.Machine >= Saturated * cpu.Cores)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Latency: p95 {p95:F0} ms with {n} pages against {baseline:F0} ms with one; the machine was {cpu.Machine / cpu.Cores:P0} busy mostly with **other work** ({cpu.Others:F2} cores), so this latency says more about the shared machine than about the app: re-run on a quiet one.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Latency: p95 {p95:F0} ms with {n} pages against {baseline:F0} ms with one, with CPU to spare (machine {cpu.Machine / cpu.Cores:P0} busy): neither side was saturated.");
        }

        return text.ToString();
    }

    private static string Ms(double ms) => double.IsNaN(ms) ? "—" : BenchReport.Ms(ms);
}
