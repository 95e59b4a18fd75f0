using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Alerts;
using OpenGovDashboard.Web.Features.Requests;

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

    [Fact]
    public async Task AnAlertRaisedFromAnEnglishSessionIsWrittenInTheCountysLanguage()
    {
        int education;
        await using (var db = fixture.CreateDbContext())
        {
            education = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
        }

        // A new SQLite app catches the morning job up at start (on a Hangfire thread, in the default language); let that
        // run finish first, so that the alert below is raised by this test's run and nothing else.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var db = fixture.CreateDbContext();
            if (await db.JobRuns.AnyAsync(r => r.JobId == RequestDeadlineAlertJob.Id, Cancellation))
            {
                break;
            }

            await Task.Delay(100, Cancellation);
        }

        // Received in person on 2019-11-01: twenty working days end in November, so on the demo's 2019-12-31 it is overdue.
        var (registered, id) = await fixture.Factory.Services.GetRequiredService<RequestCommands>().RegisterAsync(UnitScope.CountyWide, "test", new RequestInput
        {
            Subject = "逾期未答复的申请", ApplicantType = ApplicantType.NaturalPerson, HandlingOrgUnitId = education,
            Channel = ReceiptChannel.InPerson, ArrivedOn = new DateOnly(2019, 11, 1),
        }, Cancellation);
        Assert.True(registered.Succeeded, string.Join("; ", registered.Errors));

        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            await fixture.Factory.Services.GetRequiredService<RequestDeadlineAlertJob>().RunAsync(Cancellation);
            Assert.Equal("en-US", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        await using var check = fixture.CreateDbContext();
        var alert = await check.Alerts.SingleAsync(a => a.Key == $"{RequestDeadlineAlertJob.Prefix}{id}:overdue", Cancellation);
        Assert.EndsWith("已逾期", alert.Title, StringComparison.Ordinal);
    }
}
