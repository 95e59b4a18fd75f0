using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Operations;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// The nightly SQLite backup (issue 9) and a restore drill: the backup, put in place of the database, is one the app starts
/// on with the same data, including what was written after the demo was seeded.
/// </summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opengov-tests", "backups-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private DashboardAppFactory _app = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = new DashboardAppFactory(_database.Provider, _database.ConnectionString, new Dictionary<string, string?>
        {
            ["Backup:Folder"] = _folder,
            ["Backup:KeepDays"] = "7",
        });
        _ = _app.Server;

        // A new SQLite app catches its nightly backup up at start; let that run finish so the tests see only their own.
        var factory = _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync();
            if (await db.JobRuns.AnyAsync(r => r.JobId == SqliteBackupJob.Id))
            {
                break;
            }

            await Task.Delay(100);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheBackupKeepsOneFileADayAndDeletesOnlyItsOwnOldFiles()
    {
        Directory.CreateDirectory(_folder);
        var old = Path.Combine(_folder, SqliteBackupJob.FileName(ShanghaiTime.Today(TimeProvider.System).AddDays(-30)));
        var recent = Path.Combine(_folder, SqliteBackupJob.FileName(ShanghaiTime.Today(TimeProvider.System).AddDays(-3)));
        var unrelated = Path.Combine(_folder, "notes-of-the-admin.db");
        foreach (var path in new[] { old, recent, unrelated })
        {
            await File.WriteAllTextAsync(path, "x", Cancellation);
        }

        var job = _app.Services.GetRequiredService<SqliteBackupJob>();
        var first = await job.RunAsync(Cancellation);
        var second = await job.RunAsync(Cancellation);

        var today = Path.Combine(_folder, SqliteBackupJob.FileName(ShanghaiTime.Today(TimeProvider.System)));
        Assert.True(File.Exists(today), first);
        Assert.False(File.Exists(old), "a backup older than Backup:KeepDays is deleted");
        Assert.True(File.Exists(recent), "a backup within Backup:KeepDays is kept");
        Assert.True(File.Exists(unrelated), "files that are not the job's backups are left alone");
        Assert.Contains("deleted 0", second, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(_folder).Length);
    }

    [Fact]
    public async Task RestoreDrillTheBackupStartsTheAppWithTheSameData()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var posted = await client.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative), new object[]
        {
            new { channel = LuodianDemoData.Weibo, title = "备份之前发布的一条微博", publishedAt = "2019-12-31T09:00:00+08:00", externalId = "before-backup-1" },
        }, Cancellation);
        posted.EnsureSuccessStatusCode();
        var before = await FactsAsync(_app, client);

        await _app.Services.GetRequiredService<SqliteBackupJob>().RunAsync(Cancellation);
        var backup = Path.Combine(_folder, SqliteBackupJob.FileName(ShanghaiTime.Today(TimeProvider.System)));

        // The drill as deploy/README.md writes it: stop, put the backup in place of the database file, start.
        await using var restored = TestDatabase.Sqlite();
        File.Copy(backup, new SqliteConnectionStringBuilder(restored.ConnectionString).DataSource);
        await using var second = new DashboardAppFactory(restored.Provider, restored.ConnectionString);
        using var secondClient = second.CreateClient();
        secondClient.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var after = await FactsAsync(second, secondClient);

        Assert.Equal(before, after);
        await using var db = second.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();
        Assert.True(await db.Postings.AnyAsync(p => p.ExternalId == "before-backup-1", Cancellation));
    }

    [Fact]
    public async Task LogsGoToADailyFileWhenAPathIsSet()
    {
        var logPath = Path.Combine(_folder, "logs", "app.log");
        await using var database = TestDatabase.Sqlite();
        await using (var app = new DashboardAppFactory(database.Provider, database.ConnectionString, new Dictionary<string, string?>
        {
            ["Logging:File:Path"] = logPath,
            ["Logging:LogLevel:Default"] = "Information",
            ["Demo:Enabled"] = "false",
        }))
        {
            _ = app.Server;
        }

        var file = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(logPath)!, "app*.log"));
        Assert.Matches(@"app\d{8}\.log$", file); // the date goes before the extension; a new file each day
        string text;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream))
        {
            text = await reader.ReadToEndAsync(Cancellation);
        }

        Assert.Contains("[INF] OpenGovDashboard.Web.", text, StringComparison.Ordinal);
    }

    /// <summary>What a restore must keep: row counts of the main registers and the dashboard's 2019 answer.</summary>
    private static async Task<string> FactsAsync(DashboardAppFactory app, HttpClient client)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();
        var summary = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/postings/summary?from=2019-01-01&to=2019-12-31&groupBy=channel", UriKind.Relative), Cancellation);
        var groups = string.Join(";", summary.GetProperty("groups").EnumerateArray().Select(g => $"{g.GetProperty("name").GetString()}={g.GetProperty("count").GetInt32()}"));
        return string.Join(
            " | ",
            $"postings={await db.Postings.CountAsync(Cancellation)}",
            $"trainings={await db.TrainingSessions.CountAsync(Cancellation)}",
            $"requests={await db.Requests.CountAsync(Cancellation)}",
            $"article20={await db.Article20Values.CountAsync(Cancellation)}",
            $"users={await db.Users.CountAsync(Cancellation)}",
            $"targets={await db.Targets.CountAsync(Cancellation)}",
            groups);
    }
}
