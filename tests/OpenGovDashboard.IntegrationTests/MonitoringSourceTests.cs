using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// Sources an admin stores in the app: validated field by field, secrets protected and never shown back or audited, run
/// by the nightly job beside the configured ones with a record of every run, and 立即同步 through the same job. Only
/// admins may touch them, whatever page calls the commands. Postings are dated 2018 so that the demo's 2019 stays as it is.
/// </summary>
public sealed class MonitoringSourceTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string AppSecret = "stored-wechat-secret-0001";

    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestPrincipals.As("admin", Roles.Admin);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static Task<LocalHttpServer> ServerAsync(string prefix, Func<bool>? broken = null) => LocalHttpServer.StartAsync(context =>
    {
        if (broken?.Invoke() == true)
        {
            return LocalHttpServer.WriteAsync(context, "Service Unavailable", "text/plain", 503);
        }

        return context.Request.Path.Value switch
        {
            "/list.html" => LocalHttpServer.WriteAsync(context, $"""
                <html><body><ul class="news">
                  <li><a href="/a/1.html">{prefix}县政府召开防汛工作会议</a><span>2018-06-02</span></li>
                  <li><a href="/a/2.html">{prefix}全县脱贫攻坚推进会召开</a><span>2018年5月28日</span></li>
                  <li><a href="/a/3.html">{prefix}没有日期的条目</a></li>
                </ul></body></html>
                """, "text/html; charset=utf-8"),
            "/cgi-bin/token" => LocalHttpServer.WriteAsync(context, JsonSerializer.Serialize(context.Request.Query["secret"] == AppSecret
                ? (object)new { access_token = "T", expires_in = 7200 } : new { errcode = 40125, errmsg = "invalid appsecret" }), "application/json"),
            "/cgi-bin/freepublish/batchget" => LocalHttpServer.WriteAsync(context, JsonSerializer.Serialize(new
            {
                total_count = 1,
                item = new[]
                {
                    new
                    {
                        article_id = prefix + "a1",
                        content = new
                        {
                            news_item = new[] { new { title = prefix + "罗甸县开展防溺水安全教育", url = "https://mp.weixin.qq.com/s/" + prefix, is_deleted = false } },
                            create_time = new DateTimeOffset(2018, 6, 3, 9, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds(),
                        },
                    },
                },
            }), "application/json"),
            _ => LocalHttpServer.WriteAsync(context, "not found", "text/plain", 404),
        };
    });

    private WebApplicationFactory<Program> App() => fixture.Factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("Monitoring:RetryDelay", "00:00:00");
        b.ConfigureServices(s => s.Remove(s.Single(d => d.ImplementationType == typeof(RecurringJobScheduler))));
    });

    /// <summary>The ids the tests use, once the host's start-up catch-up of the nightly sync has run (it would run these sources too).</summary>
    private async Task<(int Portal, int News, int CityWeChat)> IdsAsync()
    {
        await using var db = fixture.CreateDbContext();
        for (var wait = 0; wait < 300 && !await db.JobRuns.AnyAsync(r => r.JobId == ChannelSyncJob.Id, Cancellation); wait++)
        {
            await Task.Delay(100, Cancellation);
        }

        var portal = await db.Channels.SingleAsync(c => c.Name == LuodianDemoData.Portal, Cancellation);
        var news = await db.Columns.Where(c => c.ChannelId == portal.Id).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync(Cancellation);
        var city = await db.Channels.SingleAsync(c => c.Name == LuodianDemoData.CityWeChat, Cancellation);
        return (portal.Id, news, city.Id);
    }

    private static MonitoringSourceInput Html(string name, int channel, int? column, Uri url) => new()
    {
        Name = name, ChannelId = channel, ColumnId = column, Kind = ConnectorKind.Html, Url = url.AbsoluteUri, ItemSelector = "ul.news > li", DateSelector = "span",
    };

    [Fact]
    public async Task StoredSourcesRunNightlyWithARecordOfEachRunAndTheSecretIsNeverShownBackOrAudited()
    {
        const string Prefix = "存储源A·";
        await using var server = await ServerAsync(Prefix);
        await using var app = App();
        var ids = await IdsAsync();
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<MonitoringSourceCommands>();
        var (html, htmlId) = await commands.SaveAsync(Admin, null, Html("A-门户要闻", ids.Portal, ids.News, server.At("list.html")), Cancellation);
        Assert.True(html.Succeeded, string.Join("; ", html.Errors.Select(e => e.Message)));
        var (weChat, _) = await commands.SaveAsync(Admin, null, new MonitoringSourceInput
        {
            Name = "A-山水湖城", ChannelId = ids.CityWeChat, Kind = ConnectorKind.WeChat, Url = server.BaseUri.AbsoluteUri, Account = "wx00000000000000aa", NewSecret = AppSecret,
        }, Cancellation);
        Assert.True(weChat.Succeeded, string.Join("; ", weChat.Errors.Select(e => e.Message)));

        await using (var db = fixture.CreateDbContext())
        {
            var stored = await db.MonitoringSources.SingleAsync(s => s.Name == "A-山水湖城", Cancellation);
            Assert.NotNull(stored.ProtectedSecret);
            Assert.DoesNotContain(AppSecret, stored.ProtectedSecret, StringComparison.Ordinal);
            var audits = await db.AuditEntries.Where(a => a.Action == "source.create").Select(a => a.Summary).ToListAsync(Cancellation);
            Assert.All(audits, a => Assert.DoesNotContain(AppSecret, a!, StringComparison.Ordinal));
            Assert.Contains(audits, a => a!.Contains("A-山水湖城", StringComparison.Ordinal) && a.Contains("secret=replaced", StringComparison.Ordinal));
        }

        var job = scope.ServiceProvider.GetRequiredService<ChannelSyncJob>();
        await job.RunAsync(Cancellation);
        await job.RunAsync(Cancellation);

        await using (var db = fixture.CreateDbContext())
        {
            var runs = await db.ConnectorRuns.Where(r => r.SourceKey == "A-门户要闻").OrderBy(r => r.Id).ToListAsync(Cancellation);
            Assert.Equal([(3, 2, 0, 1), (3, 0, 2, 1)], runs.Select(r => (r.Fetched, r.Added, r.Duplicates, r.Skipped)));
            Assert.All(runs, r => Assert.Equal((ConnectorRunTrigger.Schedule, (int?)htmlId, (string?)null), (r.Trigger, r.SourceId, r.ErrorCode)));
            Assert.All(runs, r => Assert.True(r.FinishedAtUtc >= r.StartedAtUtc));
            Assert.Equal(2, await db.Postings.CountAsync(p => p.Title.StartsWith(Prefix) && p.ColumnId == ids.News, Cancellation));
            Assert.Equal(1, await db.Postings.CountAsync(p => p.Title.StartsWith(Prefix) && p.ChannelId == ids.CityWeChat, Cancellation));
        }

        var queries = scope.ServiceProvider.GetRequiredService<MonitoringSourceQueries>();
        var rows = await queries.ListAsync(Cancellation);
        var row = rows.Single(r => r.Key == "A-山水湖城");
        Assert.True(row.HasSecret);
        Assert.Null(row.Input.NewSecret);
        Assert.Equal((1, 0, 1), (row.LastRun!.Fetched, row.LastRun.Added, row.LastRun.Duplicates));
        var sample = Assert.Single((await queries.RunsAsync("A-门户要闻", 10, Cancellation))[0].SkippedSample);
        Assert.Equal((Prefix + "没有日期的条目", SkipReasons.NoDate, (string?)null), (sample.Item, sample.Reason, sample.Detail));

        // Saving without a new secret keeps the stored one, unchanged; disabling takes the source out of the nightly run.
        var before = await ProtectedSecretAsync("A-山水湖城");
        var keep = row.Input;
        keep.Enabled = false;
        Assert.True((await commands.SaveAsync(Admin, row.Id, keep, Cancellation)).Result.Succeeded);
        await job.RunAsync(Cancellation);
        Assert.Equal(before, await ProtectedSecretAsync("A-山水湖城"));
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(2, await db.ConnectorRuns.CountAsync(r => r.SourceKey == "A-山水湖城", Cancellation));
            Assert.Equal(3, await db.ConnectorRuns.CountAsync(r => r.SourceKey == "A-门户要闻", Cancellation));
        }
    }

    private async Task<string?> ProtectedSecretAsync(string name)
    {
        await using var db = fixture.CreateDbContext();
        return await db.MonitoringSources.Where(s => s.Name == name).Select(s => s.ProtectedSecret).SingleAsync(Cancellation);
    }

    [Fact]
    public async Task AStoredSecretIsNeverSentToAnotherAddressAccountOrPlatformWithoutBeingEnteredAgain()
    {
        const string Name = "E-山水湖城";
        await using var server = await ServerAsync("存储源E·");
        var ids = await IdsAsync();
        using var scope = fixture.Factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<MonitoringSourceCommands>();
        var input = new MonitoringSourceInput
        {
            Name = Name, ChannelId = ids.CityWeChat, Kind = ConnectorKind.WeChat, Url = server.BaseUri.AbsoluteUri, Account = "wx00000000000000ee", NewSecret = AppSecret, Enabled = false,
        };
        var (created, id) = await commands.SaveAsync(Admin, null, input, Cancellation);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        var stored = await ProtectedSecretAsync(Name);
        Assert.NotNull(stored);

        MonitoringSourceInput Edit(Action<MonitoringSourceInput> change)
        {
            var edit = new MonitoringSourceInput
            {
                Name = Name, ChannelId = ids.CityWeChat, Kind = ConnectorKind.WeChat, Url = server.BaseUri.AbsoluteUri, Account = "wx00000000000000ee", Enabled = false,
            };
            change(edit);
            return edit;
        }

        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var (address, _) = await commands.SaveAsync(Admin, id, Edit(e => e.Url = "https://collector.example.net/"), Cancellation);
            var secret = Assert.Single(address.Errors);
            Assert.Equal("secret", secret.Field);
            Assert.StartsWith("AppSecret：", secret.Message, StringComparison.Ordinal);
            Assert.Contains("重新填写", secret.Message, StringComparison.Ordinal);
            Assert.Equal(["secret"], (await commands.SaveAsync(Admin, id, Edit(e => e.Account = "wx00000000000000ff"), Cancellation)).Result.Errors.Select(e => e.Field));
            var (platform, _) = await commands.SaveAsync(Admin, id, Edit(e => (e.Kind, e.Account) = (ConnectorKind.Weibo, "1234567890")), Cancellation);
            Assert.StartsWith("Access Token：", Assert.Single(platform.Errors, e => e.Field == "secret").Message, StringComparison.Ordinal);

            // A plain-http address elsewhere is refused even with a secret: it would travel in clear text.
            var (plain, _) = await commands.SaveAsync(Admin, id, Edit(e => (e.Url, e.NewSecret) = ("http://collector.example.net/", "another-secret")), Cancellation);
            Assert.Equal(["url"], plain.Errors.Select(e => e.Field));
            Assert.Contains("https://", plain.Errors[0].Message, StringComparison.Ordinal);

            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            var (english, _) = await commands.SaveAsync(Admin, id, Edit(e => e.Url = "https://collector.example.net/"), Cancellation);
            Assert.StartsWith("AppSecret: ", Assert.Single(english.Errors).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        Assert.Equal(stored, await ProtectedSecretAsync(Name));
        await using (var db = fixture.CreateDbContext())
        {
            var source = await db.MonitoringSources.SingleAsync(s => s.Name == Name, Cancellation);
            Assert.Equal((server.BaseUri.AbsoluteUri, "wx00000000000000ee", ConnectorKind.WeChat), (source.Url, source.Account, source.Kind));
        }

        // With the secret entered again, the new address is accepted and only the new secret is stored.
        var (moved, _) = await commands.SaveAsync(Admin, id, Edit(e => (e.Url, e.NewSecret) = ("https://collector.example.net/", "new-secret-0002")), Cancellation);
        Assert.True(moved.Succeeded, string.Join("; ", moved.Errors.Select(e => e.Message)));
        var replaced = await ProtectedSecretAsync(Name);
        Assert.NotEqual(stored, replaced);
        var secrets = scope.ServiceProvider.GetRequiredService<ConnectorSecrets>();
        await using (var db = fixture.CreateDbContext())
        {
            var source = await db.MonitoringSources.SingleAsync(s => s.Name == Name, Cancellation);
            Assert.Equal("new-secret-0002", secrets.Unprotect(new ConnectorSource(Name, source.ChannelId, null, source.Kind, ProtectedSecret: source.ProtectedSecret)));
            var audit = await db.AuditEntries.Where(a => a.Action == "source.update" && a.EntityId == id!.Value.ToString(CultureInfo.InvariantCulture)).OrderBy(a => a.Id).Select(a => a.Summary).ToListAsync(Cancellation);
            Assert.Contains("secret=replaced", Assert.Single(audit), StringComparison.Ordinal);
        }

        // Moving back to the same address and account keeps the (new) secret without asking for it.
        Assert.True((await commands.SaveAsync(Admin, id, Edit(e => (e.Url, e.Name) = ("https://collector.example.net", Name)), Cancellation)).Result.Succeeded);
        Assert.Equal(replaced, await ProtectedSecretAsync(Name));
    }

    [Fact]
    public async Task AFailingWeChatRunKeepsTheSecretOutOfItsRecordAndItsAlert()
    {
        const string Name = "F-山水湖城";
        const string Secret = "leaky-secret-0003";

        // A platform that refuses the secret and echoes it back in its errmsg, as some gateways do.
        await using var server = await LocalHttpServer.StartAsync(context => LocalHttpServer.WriteAsync(context, JsonSerializer.Serialize(
            new { errcode = 40125, errmsg = $"invalid appsecret {context.Request.Query["secret"]} rid: 1" }), "application/json"));
        await using var app = App();
        var ids = await IdsAsync();
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<MonitoringSourceCommands>();
        Assert.True((await commands.SaveAsync(Admin, null, new MonitoringSourceInput
        {
            Name = Name, ChannelId = ids.CityWeChat, Kind = ConnectorKind.WeChat, Url = server.BaseUri.AbsoluteUri, Account = "wx00000000000000f3", NewSecret = Secret,
        }, Cancellation)).Result.Succeeded);

        var (_, run) = await commands.RunNowAsync(Admin, Name, Cancellation);
        Assert.Equal("wechat:40125", run!.Error?.Code);
        Assert.DoesNotContain(Secret, run.Error!.Message, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var record = await db.ConnectorRuns.SingleAsync(r => r.SourceKey == Name, Cancellation);
        Assert.Contains("invalid appsecret", record.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, record.ErrorMessage, StringComparison.Ordinal);
        var alert = await db.Alerts.SingleAsync(a => a.Key == ChannelSyncJob.Key(ids.CityWeChat, Name), Cancellation);
        Assert.DoesNotContain(Secret, alert.Title + alert.Message, StringComparison.Ordinal);
        Assert.All(await db.AuditEntries.Select(a => a.Summary).ToListAsync(Cancellation), s => Assert.DoesNotContain(Secret, s ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunNowRecordsAManualRunAndAFailureRaisesAnAlertThatResolvesWhenTheSourceWorksAgain()
    {
        const string Prefix = "存储源B·";
        var broken = true;
        await using var server = await ServerAsync(Prefix, () => broken);
        await using var app = App();
        var ids = await IdsAsync();
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<MonitoringSourceCommands>();
        Assert.True((await commands.SaveAsync(Admin, null, Html("B-门户要闻", ids.Portal, ids.News, server.At("list.html")), Cancellation)).Result.Succeeded);

        var (failed, run) = await commands.RunNowAsync(Admin, "B-门户要闻", Cancellation);
        Assert.True(failed.Succeeded);
        Assert.Equal(("http:503", 3), (run!.Error?.Code, run.Attempts));
        var key = ChannelSyncJob.Key(ids.Portal, "B-门户要闻");
        await using (var db = fixture.CreateDbContext())
        {
            var record = await db.ConnectorRuns.SingleAsync(r => r.SourceKey == "B-门户要闻", Cancellation);
            Assert.Equal((ConnectorRunTrigger.Manual, "http:503", 0), (record.Trigger, record.ErrorCode, record.Added));
            Assert.Null((await db.Alerts.SingleAsync(a => a.Key == key, Cancellation)).ResolvedAtUtc);
        }

        var page = (await scope.ServiceProvider.GetRequiredService<MonitoringSourceQueries>().LatestByChannelAsync(UnitScope.CountyWide, Cancellation))[ids.Portal];
        Assert.Equal("http:503", page.Single(r => r.SourceKey == "B-门户要闻").ErrorCode);

        broken = false;
        var (_, second) = await commands.RunNowAsync(Admin, "B-门户要闻", Cancellation);
        Assert.Equal(2, second!.Added);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.NotNull((await db.Alerts.SingleAsync(a => a.Key == key, Cancellation)).ResolvedAtUtc);
        }
    }

    [Fact]
    public async Task BadInputIsRefusedFieldByFieldInChineseAndEnglishAndNothingIsStored()
    {
        var ids = await IdsAsync();
        using var scope = fixture.Factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<MonitoringSourceCommands>();
        var html = new MonitoringSourceInput { Name = "C-坏网页", ChannelId = ids.Portal, ColumnId = ids.News, Kind = ConnectorKind.Html, Url = "ftp://example/list", DateSelector = "span[" };
        var weChat = new MonitoringSourceInput { Name = "C-坏微信", ChannelId = ids.CityWeChat, ColumnId = ids.News, Kind = ConnectorKind.WeChat };

        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var (zh, _) = await commands.SaveAsync(Admin, null, html, Cancellation);
            Assert.Equal(["url", "itemSelector", "dateSelector"], zh.Errors.Select(e => e.Field));
            Assert.StartsWith("地址（URL）", zh.Errors[0].Message, StringComparison.Ordinal);
            Assert.StartsWith("条目选择器", zh.Errors[1].Message, StringComparison.Ordinal);
            Assert.Contains("span[", zh.Errors[2].Message, StringComparison.Ordinal);
            var (missing, _) = await commands.SaveAsync(Admin, null, weChat, Cancellation);
            Assert.Equal(["columnId", "account", "secret"], missing.Errors.Select(e => e.Field));
            Assert.StartsWith("AppSecret", missing.Errors[2].Message, StringComparison.Ordinal);

            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            var (en, _) = await commands.SaveAsync(Admin, null, html, Cancellation);
            Assert.StartsWith("URL: required", en.Errors[0].Message, StringComparison.Ordinal);
            Assert.StartsWith("Item selector", en.Errors[1].Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        await using var db = fixture.CreateDbContext();
        Assert.False(await db.MonitoringSources.AnyAsync(s => s.Name.StartsWith("C-"), Cancellation));
    }

    [Fact]
    public async Task OnlyAnAdminMayStoreOrRunASourceWhateverPageCallsTheCommands()
    {
        var ids = await IdsAsync();
        int unit;
        await using (var db = fixture.CreateDbContext())
        {
            unit = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
        }

        using var scope = fixture.Factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<MonitoringSourceCommands>();
        var input = Html("D-越权", ids.Portal, ids.News, new Uri("http://127.0.0.1:9/list.html"));
        var (stored, storedId) = await commands.SaveAsync(Admin, null, Html("D-已有", ids.Portal, ids.News, new Uri("http://127.0.0.1:9/list.html")), Cancellation);
        Assert.True(stored.Succeeded);
        foreach (var user in new[] { TestPrincipals.As("editor", Roles.DepartmentEditor, unit), TestPrincipals.As("leader", Roles.Leader), TestPrincipals.As("viewer", Roles.Viewer) })
        {
            Assert.Equal("permission", Assert.Single((await commands.SaveAsync(user, null, input, Cancellation)).Result.Errors).Field);
            Assert.Equal("permission", Assert.Single((await commands.RunNowAsync(user, "D-越权", Cancellation)).Result.Errors).Field);
            Assert.Equal("permission", Assert.Single((await commands.DeleteAsync(user, storedId!.Value, Cancellation)).Errors).Field);
        }

        await using var check = fixture.CreateDbContext();
        Assert.False(await check.MonitoringSources.AnyAsync(s => s.Name == "D-越权", Cancellation));
        Assert.True(await check.MonitoringSources.AnyAsync(s => s.Id == storedId, Cancellation));
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action == "source.delete" && a.EntityId == storedId!.Value.ToString(CultureInfo.InvariantCulture), Cancellation));
    }
}
