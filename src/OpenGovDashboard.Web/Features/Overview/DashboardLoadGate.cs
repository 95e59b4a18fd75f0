using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>The <c>Dashboard</c> section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// How many overview loads one node runs at once; the rest wait their turn. Each load makes about seven short reads,
    /// so the default keeps a node under ~30 database connections when a signal makes every open dashboard reload.
    /// </summary>
    [Range(1, 256, ErrorMessage = "Dashboard:MaxConcurrentLoads must be between 1 and 256. / Dashboard:MaxConcurrentLoads 须在 1 到 256 之间。")]
    public int MaxConcurrentLoads { get; set; } = 4;
}

/// <summary>
/// Queues the overview's loads on a node. When postings land, every open dashboard reloads within the same moment; each load
/// starts its reads together on their own connections, so 100 open pages would ask for ~700 connections at once — past
/// PostgreSQL's default <c>max_connections</c> of 100 (measured: "53300: too many clients", docs/benchmarks.md). Through the
/// gate a burst takes a little longer and the database sees a bounded number of connections.
/// </summary>
public sealed class DashboardLoadGate(IOptions<DashboardOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentLoads, options.Value.MaxConcurrentLoads);

    public async Task<T> RunAsync<T>(Func<Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await load();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
