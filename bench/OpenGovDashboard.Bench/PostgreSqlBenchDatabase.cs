using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Bench;

/// <summary>PostgreSQL: a fresh database (<c>ogd_bench</c> unless named) on the given server; postings through binary COPY.</summary>
internal sealed class PostgreSqlBenchDatabase(string serverConnectionString, string databaseName)
    : BenchDatabase(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName, CommandTimeout = 1800 }.ToString())
{

    public override string Name => "PostgreSQL";

    public override DashboardDbContext CreateDbContext() => new PostgreSqlDashboardDbContext(
        new DbContextOptionsBuilder<PostgreSqlDashboardDbContext>().UseNpgsql(ConnectionString, o => o.CommandTimeout(1800)).AddInterceptors(Sql)
        .ConfigureWarnings(w => w.Log(RelationalEventId.PendingModelChangesWarning)).Options);

    public override async Task RecreateAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(serverConnectionString);
        await server.OpenAsync(cancellationToken);
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", cancellationToken);
        await ExecuteAsync(server, $"CREATE DATABASE \"{databaseName}\"", cancellationToken);
    }

    public override async Task<long> BulkInsertAsync(IEnumerable<Posting> postings, CancellationToken cancellationToken)
    {
        string table;
        string[] columns;
        await using (var db = CreateDbContext())
        {
            (table, columns) = PostingTable(db);
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long count = 0;
        foreach (var p in postings)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(p.ChannelId, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(copy, p.ColumnId, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(copy, p.OrgUnitId, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(p.Title, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, p.Url, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.PublishedAtUtc, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(p.PublishedOn, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(copy, p.ExternalId, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.CreatedAtUtc, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(p.IsDemo, NpgsqlDbType.Boolean, cancellationToken);
            count++;
        }

        await copy.CompleteAsync(cancellationToken);
        return count;
    }

    public override async Task AfterBulkLoadAsync(CancellationToken cancellationToken)
    {
        // Autovacuum would do this within minutes of a load; done here so that every run measures the same settled state.
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "VACUUM ANALYZE", cancellationToken);
    }

    public override async Task AfterRebuildAsync(CancellationToken cancellationToken)
    {
        // As autovacuum does after the nightly rebuild replaces every rollup row.
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "VACUUM ANALYZE", cancellationToken);
    }

    public override async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        // The server's maintenance database: the benchmark database may not exist yet.
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        return "PostgreSQL " + connection.PostgreSqlVersion;
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(value, type, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
