using System.Globalization;
using System.Runtime.InteropServices;

namespace OpenGovDashboard.Bench;

/// <summary>What a figure was measured on: cores, CPU model, memory, runtime, date.</summary>
internal static class MachineInfo
{
    public static string Describe(DateTime startedUtc)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memoryGiB = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"Measured {startedUtc:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memoryGiB:F1} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
    }

    /// <summary>The arguments as a shell would need them typed.</summary>
    public static string Quote(IEnumerable<string> args) =>
        string.Join(' ', args.Select(a => a.Any(c => char.IsWhiteSpace(c) || c is ';' or '"' or '$' or '&') ? "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : a));
}
