using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// 可用性探测: through the day (every 30 minutes by default, <c>Monitoring:ProbeCron</c>) one timed GET of each live
/// channel's probe address, recorded as a <see cref="ProbeResult"/>. An error status, no answer, or an answer slower than
/// <c>Monitoring:Thresholds:ProbeSlowSeconds</c> (19号: 15 s) is a failure. Results older than the retention go.
/// </summary>
public sealed class ChannelProbeJob(
    IDbContextFactory<DashboardDbContext> dbFactory, IHttpClientFactory http, IOptions<HealthThresholdOptions> thresholds,
    IOptions<MonitoringOptions> options, TimeProvider clock)
{
    public const string Id = "channel-probe";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var results = await ProbeAsync(null, ProbeTrigger.Schedule, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cutoff = ShanghaiTime.Today(clock).AddDays(-options.Value.ProbeRetentionDays);
        var pruned = await db.ProbeResults.Where(r => r.ProbedOn < cutoff).ExecuteDeleteAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{results.Count} channels probed, {results.Count(r => r.Failed)} failed")
            + (pruned > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {pruned} old probe results removed") : "");
    }

    /// <summary>Probes one channel now (its probe enabled or not) and records the result as manual; null when it has no probe.</summary>
    public async Task<ProbeResult?> RunChannelAsync(int channelId, CancellationToken cancellationToken) =>
        (await ProbeAsync(channelId, ProbeTrigger.Manual, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<ProbeResult>> ProbeAsync(int? channelId, ProbeTrigger trigger, CancellationToken cancellationToken)
    {
        var today = ShanghaiTime.Today(clock);
        List<ChannelProbe> probes;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            probes = await db.ChannelProbes.AsNoTracking()
                .Where(p => channelId == null
                    ? p.Enabled && db.Channels.Any(c => c.Id == p.ChannelId && c.LaunchedOn <= today && (c.RetiredOn == null || c.RetiredOn > today))
                    : p.ChannelId == channelId)
                .ToListAsync(cancellationToken);
        }

        var results = new ConcurrentBag<ProbeResult>();
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (probe, token) => results.Add(await ProbeOneAsync(probe, trigger, token)));
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.ProbeResults.AddRange(results);
            await db.SaveChangesAsync(cancellationToken);
        }

        return [.. results.OrderBy(r => r.ChannelId)];
    }

    private async Task<ProbeResult> ProbeOneAsync(ChannelProbe probe, ProbeTrigger trigger, CancellationToken cancellationToken)
    {
        var slow = TimeSpan.FromSeconds(thresholds.Value.ProbeSlowSeconds);
        var at = clock.GetUtcNow().UtcDateTime;
        var started = clock.GetTimestamp();
        int? status = null;
        string? error = null;
        using var client = http.CreateClient(ConnectorHttp.Probe);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(slow);
        try
        {
            using var response = await client.GetAsync(new Uri(probe.Url, UriKind.Absolute), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;

            // The page counts as open once it has arrived whole, as a browser would wait for it.
            await response.Content.CopyToAsync(Stream.Null, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"no answer within {slow.TotalSeconds:0.#} s");
        }
        catch (Exception failure) when (failure is HttpRequestException or UriFormatException or InvalidOperationException or IOException)
        {
            error = failure.Message.Length <= 300 ? failure.Message : failure.Message[..299] + "…";
        }

        var elapsed = clock.GetElapsedTime(started);
        if (error is null && elapsed >= slow)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"answered in {elapsed.TotalSeconds:0.#} s (limit {slow.TotalSeconds:0.#} s)");
        }

        return new ProbeResult
        {
            ChannelId = probe.ChannelId,
            ProbedAtUtc = at,
            ProbedOn = ShanghaiTime.ToShanghaiDate(at),
            StatusCode = status,
            ElapsedMs = (int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds),
            Failed = error is not null,
            Error = error,
            Trigger = trigger,
        };
    }
}
