using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>Healthy while a Hangfire server has sent a heartbeat recently.</summary>
internal sealed class JobServerHealthCheck(JobStorage storage) : IHealthCheck
{
    private static readonly TimeSpan MaxHeartbeatAge = TimeSpan.FromMinutes(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Heartbeats are real instants, so they are compared with the real clock, not the demo's pinned one.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var servers = storage.GetMonitoringApi().Servers();
        var alive = servers.Count(s => s.Heartbeat is { } beat && now - beat < MaxHeartbeatAge);
        return Task.FromResult(alive > 0
            ? HealthCheckResult.Healthy($"{alive} job server(s)")
            : HealthCheckResult.Unhealthy("no job server has a recent heartbeat"));
    }
}
