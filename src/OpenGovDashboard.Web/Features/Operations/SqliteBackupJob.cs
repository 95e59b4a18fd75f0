using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Operations;

/// <summary>
/// The nightly online backup of the embedded SQLite database (SQLite's backup API: consistent while the app writes), one
/// file per day named <c>opengov-yyyy-MM-dd.db</c>, checked with <c>PRAGMA integrity_check</c> before it replaces that
/// day's earlier backup, then backups older than <see cref="BackupOptions.KeepDays"/> are deleted. Running it twice a day
/// leaves one file for the day. SQL Server and PostgreSQL are backed up by their own tools (deploy/README.md).
/// </summary>
public sealed partial class SqliteBackupJob(ResolvedDatabase database, IOptions<BackupOptions> options, IHostEnvironment environment, ILogger<SqliteBackupJob> logger)
{
    public const string Id = "sqlite-backup";

    /// <summary>Every night at 03:15 Asia/Shanghai, after the rollup rebuild and the target snapshots.</summary>
    public const string Cron = "15 3 * * *";

    /// <summary>The folder backups are written to, resolved against the app's folder.</summary>
    public string Folder => Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return "not SQLite: back up SQL Server / PostgreSQL with their own tools";
        }

        var folder = Folder;
        // A backup holds everything, the Data Protection keys and the protected connector secrets included: owner only.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var today = ShanghaiTime.ToShanghaiDate(TimeProvider.System.GetUtcNow().UtcDateTime);
        var target = Path.Combine(folder, FileName(today));
        var partial = $"{target}.{Guid.NewGuid():N}.partial"; // two runs at once (a retry, a manual trigger) never share one

        try
        {
            await CopyAndCheckAsync(partial, cancellationToken);
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial); // a copy that failed its check, or was cancelled, never lingers
        }

        var size = new FileInfo(target).Length;
        var deleted = Prune(folder, today.AddDays(-options.Value.KeepDays + 1));
        logger.LogInformation("SQLite backup written to {Path} ({Bytes} bytes); {Deleted} old backups deleted", target, size, deleted);
        return string.Create(CultureInfo.InvariantCulture, $"backup {Path.GetFileName(target)} ({size / 1024} KiB); deleted {deleted} older than {options.Value.KeepDays} days");
    }

    private async Task CopyAndCheckAsync(string path, CancellationToken cancellationToken)
    {
        await using var source = new SqliteConnection(database.ConnectionString);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await copy.OpenAsync(cancellationToken);
        source.BackupDatabase(copy);
        await using var check = copy.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var verdict = (string?)await check.ExecuteScalarAsync(cancellationToken);
        if (verdict != "ok")
        {
            throw new InvalidOperationException($"The backup copy failed its integrity check: {verdict}");
        }
    }

    internal static string FileName(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"opengov-{day:yyyy-MM-dd}.db");

    /// <summary>Deletes the backups dated before <paramref name="oldestKept"/>; other files in the folder are left alone.</summary>
    private static int Prune(string folder, DateOnly oldestKept)
    {
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "opengov-*.db"))
        {
            var match = BackupName().Match(Path.GetFileName(path));
            if (match.Success
                && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && day < oldestKept)
            {
                File.Delete(path);
                deleted++;
            }
        }

        return deleted;
    }

    [GeneratedRegex(@"^opengov-(\d{4}-\d{2}-\d{2})\.db$")]
    private static partial Regex BackupName();
}
