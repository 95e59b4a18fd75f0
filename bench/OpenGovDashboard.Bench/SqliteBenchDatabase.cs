using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Bench;

/// <summary>SQLite: a file; postings through one transaction and one prepared INSERT.</summary>
internal sealed class SqliteBenchDatabase(string connectionString) : BenchDatabase(connectionString)
{
    public override string Name => "SQLite";

    public override DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(
        new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(ConnectionString, o => o.CommandTimeout(1800)).AddInterceptors(Sql)
        .ConfigureWarnings(w => w.Log(RelationalEventId.PendingModelChangesWarning)).Options);

    public override Task RecreateAsync(CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public override async Task<long> BulkInsertAsync(IEnumerable<Posting> postings, CancellationToken cancellationToken)
    {
        string table;
        string[] columns;
        await using (var db = CreateDbContext())
        {
            (table, columns) = PostingTable(db);
        }

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);

        // For the generation only: no fsync, a write-ahead log and a 1 GiB page cache. AfterBulkLoadAsync undoes what persists.
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576;", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        insert.Prepare();

        long count = 0;
        foreach (var p in postings)
        {
            // Microsoft.Data.Sqlite writes DateTime and DateOnly as the same text EF Core's SQLite mappings do.
            object?[] values = [p.ChannelId, p.ColumnId, p.OrgUnitId, p.Title, p.Url, p.PublishedAtUtc, p.PublishedOn, p.ExternalId, p.CreatedAtUtc, p.IsDemo];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    public override async Task AfterBulkLoadAsync(CancellationToken cancellationToken)
    {
        // The app runs SQLite in its default rollback-journal mode, and never runs ANALYZE: measure it that way.
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", cancellationToken);
    }

    public override Task AfterRebuildAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return "SQLite " + await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
