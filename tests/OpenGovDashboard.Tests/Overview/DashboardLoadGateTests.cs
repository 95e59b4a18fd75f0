using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Features.Overview;

namespace OpenGovDashboard.Tests.Overview;

public sealed class DashboardLoadGateTests
{
    [Fact]
    public async Task NoMoreLoadsRunAtOnceThanTheGateAllowsAndEveryOneFinishes()
    {
        using var gate = new DashboardLoadGate(Options.Create(new DashboardOptions { MaxConcurrentLoads = 3 }));
        var running = 0;
        var most = 0;
        var loads = Enumerable.Range(0, 30).Select(i => gate.RunAsync(
            async () =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await Task.Delay(20, TestContext.Current.CancellationToken); // long enough that the first three are all inside at once
                Interlocked.Decrement(ref running);
                return i;
            },
            TestContext.Current.CancellationToken));
        var results = await Task.WhenAll(loads);

        Assert.Equal(Enumerable.Range(0, 30), results);
        Assert.Equal(3, most);
    }

    [Fact]
    public async Task AFailingLoadGivesItsSlotBack()
    {
        using var gate = new DashboardLoadGate(Options.Create(new DashboardOptions { MaxConcurrentLoads = 1 }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => gate.RunAsync<int>(() => throw new InvalidOperationException("db down"), TestContext.Current.CancellationToken));
        Assert.Equal(7, await gate.RunAsync(() => Task.FromResult(7), TestContext.Current.CancellationToken));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
