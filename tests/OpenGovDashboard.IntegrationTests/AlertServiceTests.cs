using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Alerts;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>Alert families kept by several runs at once (a job's start-up catch-up beside a manual run, or two nodes).</summary>
public sealed class AlertServiceTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunsOfOneFamilyAtOnceRaiseEachAlertOnce()
    {
        var alerts = fixture.Factory.Services.GetRequiredService<AlertService>();
        AlertDraft[] drafts = [.. Enumerable.Range(1, 5).Select(i => new AlertDraft($"concurrent-test:{i}", AlertSeverity.Warning, null, $"提醒 {i}", "同时运行", null))];

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => alerts.SyncAsync("concurrent-test:", drafts, Cancellation), Cancellation)));

        Assert.All(results, r => Assert.Equal(5, r.Holding));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(5, await db.Alerts.CountAsync(a => a.Key.StartsWith("concurrent-test:") && a.ResolvedAtUtc == null, Cancellation));
    }
}
