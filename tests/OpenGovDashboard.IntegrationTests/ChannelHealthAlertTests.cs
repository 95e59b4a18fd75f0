using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Features.Monitoring;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>The morning health alerts: a silent account alerts its owning unit once, and the alert resolves when it posts again.</summary>
public sealed class ChannelHealthAlertTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASilentAccountAlertsItsOwnerOnceAndTheAlertResolvesWhenItPostsAgain()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<ChannelHealthAlertJob>();

        // The demo on its last day: nothing fails.
        await job.RunAsync(Cancellation);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.False(await db.Alerts.AnyAsync(a => a.Key.StartsWith(ChannelHealthAlertJob.Prefix) && a.ResolvedAtUtc == null && a.Severity == Web.Domain.AlertSeverity.Error, Cancellation));
        }

        int unit;
        await using (var db = fixture.CreateDbContext())
        {
            unit = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
        }

        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.Admin, null, Cancellation);
        using var created = await client.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative),
            new { name = "罗甸教育发布", kind = "weChat", ownerOrgUnitId = unit, launchedOn = "2019-06-01" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var channelId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetInt32();
        using var first = await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative),
            new[] { new { channel = "罗甸教育发布", title = "秋季开学通知", publishedAt = "2019-11-01T09:00:00+08:00", externalId = "edu-1" } }, Cancellation);
        first.EnsureSuccessStatusCode();

        // Silent since 11-01 on 12-31: a zombie account, alerted to the education bureau, once however often the job runs.
        await job.RunAsync(Cancellation);
        await job.RunAsync(Cancellation);
        var key = $"{ChannelHealthAlertJob.Prefix}{channelId}:Fail";
        await using (var db = fixture.CreateDbContext())
        {
            var alert = await db.Alerts.SingleAsync(a => a.Key == key, Cancellation);
            Assert.Equal((unit, (DateTime?)null), (alert.OrgUnitId!.Value, alert.ResolvedAtUtc));
            Assert.Contains("60", alert.Message, StringComparison.Ordinal);
        }

        using var again = await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative),
            new[] { new { channel = "罗甸教育发布", title = "寒假安全提示", publishedAt = "2019-12-30T09:00:00+08:00", externalId = "edu-2" } }, Cancellation);
        again.EnsureSuccessStatusCode();
        await job.RunAsync(Cancellation);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.NotNull((await db.Alerts.SingleAsync(a => a.Key == key, Cancellation)).ResolvedAtUtc);
        }
    }
}
