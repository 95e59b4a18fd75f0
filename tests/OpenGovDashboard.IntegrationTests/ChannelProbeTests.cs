using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// The app with a one-second "slow" line (instead of 15 s, so that a slow answer takes a second to test) and a probe
/// schedule that never fires during a run, so that only the tests' own probes are recorded.
/// </summary>
public sealed class ProbeAppFixture : AppFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Monitoring:Thresholds:ProbeSlowSeconds"] = "1",
        ["Monitoring:ProbeCron"] = "0 0 1 1 *",
    };

    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(TestDatabase.Sqlite());

    /// <summary>A website channel of the tests' own, to put a probe on.</summary>
    public async Task<int> NewChannelAsync(string name)
    {
        await using var db = CreateDbContext();
        var channel = new Channel { Name = name, Kind = ChannelKind.Portal, LaunchedOn = new DateOnly(2019, 1, 1) };
        db.Channels.Add(channel);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return channel.Id;
    }
}

/// <summary>
/// 可用性探测 against a real Kestrel on 127.0.0.1 that answers OK, 500 and slowly: each probe is recorded with its status,
/// time and failure. The class has an app of its own because the nightly job probes every enabled probe in the database:
/// the probes other tests add (the demo portal's, an unreachable one) would be counted in its summary.
/// </summary>
public sealed class ChannelProbeRunTests(ProbeAppFixture fixture) : IClassFixture<ProbeAppFixture>
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestPrincipals.As("admin", Roles.Admin);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachProbeRecordsItsStatusAndTimeAndAnErrorOrASlowAnswerIsAFailure()
    {
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/ok":
                    await LocalHttpServer.WriteAsync(context, "<html><body>罗甸县人民政府</body></html>", "text/html; charset=utf-8");
                    break;
                case "/error":
                    await LocalHttpServer.WriteAsync(context, "Internal Server Error", "text/plain", 500);
                    break;
                default:
                    await Task.Delay(TimeSpan.FromSeconds(4), context.RequestAborted);
                    await LocalHttpServer.WriteAsync(context, "late", "text/plain");
                    break;
            }
        });
        using var scope = fixture.Factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<ChannelProbeCommands>();
        var ids = new Dictionary<string, int>();
        foreach (var path in new[] { "ok", "error", "slow" })
        {
            ids[path] = await fixture.NewChannelAsync("探测-" + path);
            Assert.True((await commands.SaveAsync(Admin, ids[path], server.At(path).AbsoluteUri, true, Cancellation)).Succeeded);
        }

        var summary = await scope.ServiceProvider.GetRequiredService<ChannelProbeJob>().RunAsync(Cancellation);
        Assert.StartsWith("3 channels probed, 2 failed", summary, StringComparison.Ordinal);

        await using var db = fixture.CreateDbContext();
        var results = await db.ProbeResults.ToDictionaryAsync(r => r.ChannelId, Cancellation);
        var ok = results[ids["ok"]];
        Assert.Equal((200, false, (string?)null, new DateOnly(2019, 12, 31)), (ok.StatusCode, ok.Failed, ok.Error, ok.ProbedOn));
        var error = results[ids["error"]];
        Assert.Equal((500, true, "HTTP 500"), (error.StatusCode, error.Failed, error.Error));
        var slow = results[ids["slow"]];
        Assert.True(slow.Failed);
        Assert.Null(slow.StatusCode);
        Assert.Equal("no answer within 1 s", slow.Error);
        Assert.InRange(slow.ElapsedMs, 950, 3500);
        Assert.True(ok.ElapsedMs < 1000);

        // A probe switched off is left out of the schedule; 立即探测 still runs it on demand.
        Assert.True((await commands.SaveAsync(Admin, ids["ok"], server.At("ok").AbsoluteUri, false, Cancellation)).Succeeded);
        Assert.StartsWith("2 channels probed", await scope.ServiceProvider.GetRequiredService<ChannelProbeJob>().RunAsync(Cancellation), StringComparison.Ordinal);
        var (now, probe) = await commands.ProbeNowAsync(Admin, ids["ok"], Cancellation);
        Assert.True(now.Succeeded);
        Assert.Equal(200, probe!.StatusCode);
        await using (var check = fixture.CreateDbContext())
        {
            var triggers = await check.ProbeResults.Where(r => r.ChannelId == ids["ok"]).OrderBy(r => r.Id).Select(r => r.Trigger).ToListAsync(Cancellation);
            Assert.Equal([ProbeTrigger.Schedule, ProbeTrigger.Manual], triggers);
        }

        Assert.Equal("permission", Assert.Single((await commands.SaveAsync(TestPrincipals.As("leader", Roles.Leader), ids["ok"], "http://x/", true, Cancellation)).Errors).Field);
        Assert.Equal("url", Assert.Single((await commands.SaveAsync(Admin, ids["ok"], "www.luodian.gov.cn", true, Cancellation)).Errors).Field);
    }
}

/// <summary>
/// The week's failure share of 可用性探测 decides a website's verdict at the 5 % line and raises an alert; only an admin
/// manages probes.
/// </summary>
public sealed class ChannelProbeTests(ProbeAppFixture fixture) : IClassFixture<ProbeAppFixture>
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestPrincipals.As("admin", Roles.Admin);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FivePercentOfTheWeeksScheduledProbesFailingVetoesTheWebsiteAndAlertsItsOwnerWhateverManualProbesSay()
    {
        int portal;
        var asOf = new DateOnly(2019, 12, 31);
        await using (var db = fixture.CreateDbContext())
        {
            portal = await db.Channels.Where(c => c.Name == LuodianDemoData.Portal).Select(c => c.Id).SingleAsync(Cancellation);
            db.ChannelProbes.Add(new ChannelProbe { ChannelId = portal, Url = "http://www.luodian.gov.cn/" });

            // 19号: a week, 20 visits a day — 140 scheduled probes, 7 of them failed (5 %).
            for (var i = 0; i < 140; i++)
            {
                var day = asOf.AddDays(-(i % 7));
                db.ProbeResults.Add(new ProbeResult
                {
                    ChannelId = portal, ProbedOn = day, ProbedAtUtc = ShanghaiTime.ToUtc(day, new TimeOnly(8, 0).AddMinutes(i)), StatusCode = i % 20 == 0 ? 503 : 200, ElapsedMs = 300, Failed = i % 20 == 0,
                });
            }

            // Failures a week before do not count, and neither do an admin's 60 clicks on 立即探测 (they would make it 3.5 %).
            for (var i = 0; i < 10; i++)
            {
                db.ProbeResults.Add(new ProbeResult { ChannelId = portal, ProbedOn = asOf.AddDays(-7), ProbedAtUtc = ShanghaiTime.ToUtc(asOf.AddDays(-7), new TimeOnly(9, i)), ElapsedMs = 15000, Failed = true });
            }

            for (var i = 0; i < 60; i++)
            {
                db.ProbeResults.Add(new ProbeResult
                {
                    ChannelId = portal, ProbedOn = asOf, ProbedAtUtc = ShanghaiTime.ToUtc(asOf, new TimeOnly(15, i)), StatusCode = 200, ElapsedMs = 200, Trigger = ProbeTrigger.Manual,
                });
            }

            await db.SaveChangesAsync(Cancellation);
        }

        using var scope = fixture.Factory.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ChannelHealthQueries>();
        var health = (await queries.AssessAsync(asOf, Cancellation)).Single(h => h.Channel.Id == portal);
        Assert.Equal(new AvailabilityFacts(140, 7), health.Channel.Availability);
        Assert.Equal(SiteVerdict.Fail, health.Verdict);
        Assert.Equal(["unreachable:5"], health.Reasons);
        var listed = (await scope.ServiceProvider.GetRequiredService<ChannelProbeCommands>().ListAsync(Cancellation)).Single(p => p.ChannelId == portal);
        Assert.Equal(new AvailabilityFacts(140, 7), listed.Week);

        // A day earlier the window holds 130 scheduled probes (16 failed, 12 %): fewer than 20 a day for a week, too few to judge.
        var dayBefore = (await queries.AssessAsync(asOf.AddDays(-1), Cancellation)).Single(h => h.Channel.Id == portal);
        Assert.Equal(new AvailabilityFacts(130, 16), dayBefore.Channel.Availability);
        Assert.DoesNotContain(dayBefore.Reasons, r => r.StartsWith("unreachable", StringComparison.Ordinal));

        await scope.ServiceProvider.GetRequiredService<ChannelHealthAlertJob>().RunAsync(Cancellation);
        await using var check = fixture.CreateDbContext();
        var alert = await check.Alerts.SingleAsync(a => a.Key == $"{ChannelHealthAlertJob.Prefix}{portal}:unreachable", Cancellation);
        Assert.Contains("140", alert.Message, StringComparison.Ordinal);
        Assert.Equal(await check.Channels.Where(c => c.Id == portal).Select(c => c.OwnerOrgUnitId).SingleAsync(Cancellation), alert.OrgUnitId);
    }

    [Fact]
    public async Task ADepartmentEditorOrAViewerCannotDeleteAProbeNorProbeNow()
    {
        var channel = await fixture.NewChannelAsync("探测-越权");
        using var scope = fixture.Factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<ChannelProbeCommands>();
        Assert.True((await commands.SaveAsync(Admin, channel, "http://127.0.0.1:9/", true, Cancellation)).Succeeded);
        int unit;
        await using (var db = fixture.CreateDbContext())
        {
            unit = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
        }

        foreach (var user in new[] { TestPrincipals.As("editor", Roles.DepartmentEditor, unit), TestPrincipals.As("viewer", Roles.Viewer) })
        {
            Assert.Equal("permission", Assert.Single((await commands.DeleteAsync(user, channel, Cancellation)).Errors).Field);
            var (now, probe) = await commands.ProbeNowAsync(user, channel, Cancellation);
            Assert.Equal("permission", Assert.Single(now.Errors).Field);
            Assert.Null(probe);
        }

        await using var check = fixture.CreateDbContext();
        Assert.True(await check.ChannelProbes.AnyAsync(p => p.ChannelId == channel, Cancellation));
        Assert.False(await check.ProbeResults.AnyAsync(r => r.ChannelId == channel, Cancellation));
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action == "probe.delete" && a.EntityId == channel.ToString(System.Globalization.CultureInfo.InvariantCulture), Cancellation));
    }
}
