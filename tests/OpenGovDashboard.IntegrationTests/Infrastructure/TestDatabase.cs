using Microsoft.Data.Sqlite;
using Npgsql;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway database: a SQLite file, or a fresh database on the PostgreSQL server named by
/// <c>OPENGOV_TEST_POSTGRES</c>. Without that variable PostgreSQL tests are skipped, except under <c>CI=true</c>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "OPENGOV_TEST_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? adminConnectionString = null, string? databaseName = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "opengov-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
    }

    /// <summary>Null when no server is configured (and not in CI): the caller skips.</summary>
    public static async Task<TestDatabase?> PostgreSqlAsync()
    {
        var baseConnectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(baseConnectionString))
        {
            return IsCi
                ? throw new InvalidOperationException($"CI=true but {PostgresVariable} is not set: PostgreSQL tests may not be skipped in CI.")
                : null;
        }

        var name = $"ogd_test_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = "postgres", Pooling = false }.ToString();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.PostgreSql, connectionString, admin, name);
    }

    public static string SkipMessage =>
        $"PostgreSQL tests need a server: set {PostgresVariable}, e.g. Host=127.0.0.1;Port=5544;Username=postgres;Database=postgres (.ci/run starts one).";

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
