using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Features.Overview;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// When postings land every open dashboard reloads at once. Measured with 50 pages on PostgreSQL before the gate: each load's
/// parallel reads took ~300 connections and PostgreSQL refused some ("53300: too many clients"), so pages showed wrong
/// totals. Through <see cref="DashboardLoadGate"/> a node's burst stays within the server's connections.
/// </summary>
public sealed class DashboardLoadTests(PostgreSqlAppFixture fixture) : IClassFixture<PostgreSqlAppFixture>
{
    [Fact]
    public async Task AHundredDashboardsReloadingAtOnceAllGetTheirFigures()
    {
        fixture.RequireDatabase();
        var cancellation = TestContext.Current.CancellationToken;
        List<int?> units;
        await using (var db = fixture.CreateDbContext())
        {
            units = [null, .. await db.OrgUnits.Where(u => u.ParentId != null).OrderBy(u => u.Id).Select(u => (int?)u.Id).Take(19).ToListAsync(cancellation)];
        }

        var from = new DateOnly(2019, 1, 1);
        var to = new DateOnly(2019, 12, 31);
        var expected = new Dictionary<int, int>();
        foreach (var unit in units)
        {
            var one = await fixture.Factory.Services.GetRequiredService<DashboardQueries>().LoadAsync(from, to, unit, cancellation);
            expected[unit ?? 0] = one.Total;
        }

        // Count this database's connections on the server every few milliseconds while the burst runs.
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var sampler = PeakConnectionsAsync(fixture.Database.ConnectionString, sampling.Token);
        var idle = await ConnectionsAsync(fixture.Database.ConnectionString, cancellation);

        // 100 pages, five on each of 20 views (county-wide and 19 units: most miss the county-wide cache), all at once.
        var loads = Enumerable.Range(0, 100).Select(async i =>
        {
            var unit = units[i % units.Count];
            var data = await fixture.Factory.Services.GetRequiredService<DashboardQueries>().LoadAsync(from, to, unit, cancellation);
            return (unit, data.Total);
        }).ToList();
        var results = await Task.WhenAll(loads);
        sampling.Cancel();
        var peak = await sampler;

        Assert.All(results, r => Assert.Equal(expected[r.unit ?? 0], r.Total));
        Assert.Equal(13959, expected[0]);

        // The gate's four loads at a time hold at most ~7 connections each; without it the burst took ~100 (the pool's cap).
        var limit = idle + (4 * 7);
        Assert.True(peak <= limit, $"a burst of 100 dashboards held {peak} connections (idle {idle}, limit {limit})");
    }

    private static async Task<int> PeakConnectionsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var peak = 0;
        try
        {
            while (true)
            {
                peak = Math.Max(peak, await ConnectionsAsync(connectionString, cancellationToken));
                await Task.Delay(5, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return peak;
        }
    }

    private static async Task<int> ConnectionsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(unpooled.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        return (int)(await count.ExecuteScalarAsync(cancellationToken))!;
    }
}
