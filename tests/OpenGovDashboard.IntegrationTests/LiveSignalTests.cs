using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// Two app nodes on one PostgreSQL database: postings landing through one node reach the dashboards (and retire the summary
/// cache) of the other through the <c>LiveSignals</c> row, and a node is not told twice about its own postings.
/// </summary>
public sealed class LiveSignalTests(PostgreSqlAppFixture fixture) : IClassFixture<PostgreSqlAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostingsSentToOneNodeSignalTheOtherNodesDashboardsOnce()
    {
        fixture.RequireDatabase();
        var fast = new Dictionary<string, string?> { ["LiveSignal:PollInterval"] = "00:00:00.200" };
        await using var nodeB = new DashboardAppFactory(fixture.Database.Provider, fixture.Database.ConnectionString, fast);
        _ = nodeB.Server;
        var notifierA = fixture.Factory.Services.GetRequiredService<PublishingNotifier>();
        var notifierB = nodeB.Services.GetRequiredService<PublishingNotifier>();
        await Task.Delay(TimeSpan.FromSeconds(2.5), Cancellation); // both relays have read the row once (A polls each second)

        var signalsA = 0;
        var signalsB = 0;
        var signalledB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        notifierA.PostingsChanged += () => Interlocked.Increment(ref signalsA);
        notifierB.PostingsChanged += () =>
        {
            Interlocked.Increment(ref signalsB);
            signalledB.TrySetResult();
        };
        var versionB = notifierB.Version;

        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), new object[]
        {
            new { channel = LuodianDemoData.Weibo, title = "节点A收到的一条微博", publishedAt = "2019-12-30T10:00:00+08:00", externalId = "live-signal-1" },
        }, Cancellation);
        response.EnsureSuccessStatusCode();

        await signalledB.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
        Assert.True(notifierB.Version > versionB, "node B's summary cache must be retired with the signal");

        // Both relays poll several times more: A has its own signal once (not echoed back), B has A's once.
        await Task.Delay(TimeSpan.FromSeconds(3), Cancellation);
        Assert.Equal(1, Volatile.Read(ref signalsA));
        Assert.Equal(1, Volatile.Read(ref signalsB));
    }
}
