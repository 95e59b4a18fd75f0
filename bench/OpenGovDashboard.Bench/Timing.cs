using System.Diagnostics;

namespace OpenGovDashboard.Bench;

/// <summary>Wall-clock samples of one operation: median and p95 (nearest rank) over the measured repetitions.</summary>
internal sealed record Timing(double MedianMs, double P95Ms, double MaxMs, int Samples)
{
    /// <summary>Runs <paramref name="action"/> <paramref name="warmups"/> times unmeasured, then measures it.</summary>
    /// <remarks>Operations slower than <paramref name="slow"/> on warm-up get 3 measured runs instead of <paramref name="reps"/>.</remarks>
    public static async Task<Timing> MeasureAsync(Func<Task> action, int warmups, int reps, TimeSpan? slow = null)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < warmups; i++)
        {
            await action();
        }

        if (slow is { } limit && warmups > 0 && watch.Elapsed / warmups > limit)
        {
            reps = Math.Min(reps, 3);
        }

        var samples = new double[reps];
        for (var i = 0; i < reps; i++)
        {
            watch.Restart();
            await action();
            samples[i] = watch.Elapsed.TotalMilliseconds;
        }

        return Of(samples);
    }

    public static Timing Of(IReadOnlyCollection<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sorted = samples.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
        return new Timing(median, p95, sorted[^1], sorted.Length);
    }
}
