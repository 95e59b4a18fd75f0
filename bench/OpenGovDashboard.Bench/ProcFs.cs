using System.Globalization;

namespace OpenGovDashboard.Bench;

/// <summary>
/// What Linux's /proc says about processes and the machine: resident memory, CPU time of a process tree,
/// the machine's busy time, the load average. Read from outside the server, so it needs no endpoint in the app.
/// </summary>
internal static class ProcFs
{
    /// <summary>Clock ticks per second of /proc's utime, stime and /proc/stat (USER_HZ: the kernel reports 100 on every architecture .NET runs on).</summary>
    public const double TicksPerSecond = 100;

    /// <summary>VmRSS and RssAnon (the process's own heap pages, not mapped files) in bytes; zero when the process is gone.</summary>
    public static (long Rss, long RssAnon) Memory(int pid)
    {
        long rss = 0, anon = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = KiB(line);
                }
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                {
                    anon = KiB(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Exited.
        }

        return (rss, anon);
    }

    /// <summary>User + system CPU ticks of one process so far; zero when it is gone.</summary>
    public static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Every live process: pid → (parent pid, user+system CPU ticks).</summary>
    public static Dictionary<int, (int Parent, long Ticks)> Processes()
    {
        var result = new Dictionary<int, (int, long)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                // "pid (comm) state ppid … utime stime …": comm may hold spaces and parentheses, so split after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                result[pid] = (parent, ticks);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // Exited while we looked.
            }
        }

        return result;
    }

    /// <summary><paramref name="root"/> and all its descendants, leaving out <paramref name="excluded"/> and its descendants.</summary>
    public static HashSet<int> Tree(Dictionary<int, (int Parent, long Ticks)> processes, int root, int? excluded = null)
    {
        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var tree = new HashSet<int>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            if (pid == excluded || !tree.Add(pid))
            {
                continue;
            }

            foreach (var child in children[pid])
            {
                pending.Push(child);
            }
        }

        return tree;
    }

    /// <summary>The machine's CPU time since boot, in ticks: (busy, all). Busy leaves out idle and iowait.</summary>
    public static (long Busy, long Total) MachineTicks()
    {
        var first = File.ReadLines("/proc/stat").First();
        var values = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = values.Sum();
        return (total - values[3] - values[4], total);
    }

    /// <summary>The 1-minute load average.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static long KiB(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}

/// <summary>
/// CPU used between two moments by the server, by the client (this harness, Playwright's driver and Chromium: every
/// descendant of this process except the server) and by the whole machine (the rest is other people's work).
/// </summary>
internal sealed class CpuSplit
{
    private readonly int _serverPid;
    private readonly Dictionary<int, (int Parent, long Ticks)> _start;
    private readonly (long Busy, long Total) _machineStart;
    private readonly long _wallStart = System.Diagnostics.Stopwatch.GetTimestamp();

    private CpuSplit(int serverPid)
    {
        _serverPid = serverPid;
        _machineStart = ProcFs.MachineTicks();
        _start = ProcFs.Processes();
    }

    public static CpuSplit Start(int serverPid) => new(serverPid);

    /// <summary>Cores busy on average since the start: server, client, machine (all cores' busy time), over the wall time.</summary>
    public CpuFigures Stop()
    {
        var end = ProcFs.Processes();
        var machine = ProcFs.MachineTicks();
        var wall = System.Diagnostics.Stopwatch.GetElapsedTime(_wallStart).TotalSeconds;
        var server = Used(end, ProcFs.Tree(end, _serverPid));
        var client = Used(end, ProcFs.Tree(end, Environment.ProcessId, excluded: _serverPid));
        var cores = Environment.ProcessorCount;
        var machineBusy = (machine.Busy - _machineStart.Busy) / (double)Math.Max(1, machine.Total - _machineStart.Total) * cores;
        return new CpuFigures(wall, server / ProcFs.TicksPerSecond / wall, client / ProcFs.TicksPerSecond / wall, machineBusy, cores);
    }

    private long Used(Dictionary<int, (int Parent, long Ticks)> end, HashSet<int> pids) =>
        pids.Sum(pid => end.TryGetValue(pid, out var now) ? now.Ticks - (_start.TryGetValue(pid, out var before) ? before.Ticks : 0) : 0);
}

/// <summary>Average cores in use over <see cref="Seconds"/>: by the server, by the client, by the whole machine.</summary>
internal sealed record CpuFigures(double Seconds, double Server, double Client, double Machine, int Cores)
{
    public double Others => Math.Max(0, Machine - Server - Client);

    public double ServerCpuSeconds => Server * Seconds;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"server {Server:F2}, client {Client:F2}, others {Others:F2} of {Cores} cores ({Machine / Cores:P0} busy) over {Seconds:F0} s");
}
