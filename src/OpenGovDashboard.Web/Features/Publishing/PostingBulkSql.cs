using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// The bulk write path of an ingest, on the caller's connection and transaction: postings as multi-row parameterised
/// INSERTs, rollup counts as upserts (<c>INSERT … ON CONFLICT … DO UPDATE</c> on SQLite and PostgreSQL, <c>MERGE</c> on
/// SQL Server). EF's change tracker cost more than the SQL itself at 10,000 postings (docs/benchmarks.md).
/// Table and column names come from the model; posting values travel as parameters; rollup keys are ints and dates,
/// written as literals by the provider's own type mappings.
/// </summary>
internal static class PostingBulkSql
{
    /// <summary>Rows per upsert statement: SQL Server's limit for a VALUES list, and a sensible statement size elsewhere.</summary>
    private const int UpsertRowsPerCommand = 1000;

    private static readonly (string Property, Func<Posting, object?> Value)[] PostingColumns =
    [
        (nameof(Posting.ChannelId), p => p.ChannelId),
        (nameof(Posting.ColumnId), p => p.ColumnId),
        (nameof(Posting.OrgUnitId), p => p.OrgUnitId),
        (nameof(Posting.Title), p => p.Title),
        (nameof(Posting.Url), p => p.Url),
        (nameof(Posting.PublishedAtUtc), p => p.PublishedAtUtc),
        (nameof(Posting.PublishedOn), p => p.PublishedOn),
        (nameof(Posting.ExternalId), p => p.ExternalId),
        (nameof(Posting.CreatedAtUtc), p => p.CreatedAtUtc),
        (nameof(Posting.IsDemo), p => p.IsDemo),
    ];

    internal enum Dialect
    {
        Sqlite,
        PostgreSql,
        SqlServer,
    }

    internal static Dialect DialectOf(DashboardDbContext db) =>
        db.Database.IsSqlServer() ? Dialect.SqlServer : db.Database.IsNpgsql() ? Dialect.PostgreSql : Dialect.Sqlite;

    /// <summary>Inserts the postings in the current transaction; their ids are left to the database and not read back.</summary>
    public static async Task InsertPostingsAsync(DashboardDbContext db, IReadOnlyList<Posting> postings, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk path writes inside the ingest's transaction only.");
        var entity = db.Model.FindEntityType(typeof(Posting))!;
        var properties = PostingColumns.Select(c => entity.FindProperty(c.Property)!).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var dialect = DialectOf(db);
        var prefix = InsertPrefix(db, entity, properties);
        if (dialect == Dialect.Sqlite)
        {
            await InsertOneByOneAsync(transaction, db, prefix, properties, mappings, postings, cancellationToken);
            return;
        }

        foreach (var chunk in postings.Chunk(PostingRowsPerCommand(dialect)))
        {
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            if (db.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            var text = new StringBuilder(prefix, prefix.Length + (chunk.Length * PostingColumns.Length * 8));
            var n = 0;
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var c = 0; c < PostingColumns.Length; c++)
                {
                    var name = "@p" + n.ToString(CultureInfo.InvariantCulture);
                    n++;
                    text.Append(c == 0 ? "" : ", ").Append(name);
                    command.Parameters.Add(mappings[c].CreateParameter(command, name, PostingColumns[c].Value(chunk[row]), properties[c].IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// SQLite: one prepared single-row INSERT, re-bound per posting. SQLite runs in-process, so a statement costs no round
    /// trip; and Microsoft.Data.Sqlite binds parameters by name, which makes one statement with 10,000 parameters
    /// quadratic (4 s for 10,000 postings, against ~0.1 s this way).
    /// </summary>
    private static async Task InsertOneByOneAsync(
        DbTransaction transaction, DashboardDbContext db, string prefix, IProperty[] properties, RelationalTypeMapping[] mappings,
        IReadOnlyList<Posting> postings, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        command.CommandText = prefix + "(" + string.Join(", ", PostingColumns.Select((_, c) => "@p" + c.ToString(CultureInfo.InvariantCulture))) + ")";
        foreach (var posting in postings)
        {
            command.Parameters.Clear();
            for (var c = 0; c < PostingColumns.Length; c++)
            {
                command.Parameters.Add(mappings[c].CreateParameter(command, "@p" + c.ToString(CultureInfo.InvariantCulture), PostingColumns[c].Value(posting), properties[c].IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Adds counts to a rollup table, creating the rows that do not exist yet; keys in <paramref name="keyProperties"/> order.</summary>
    public static async Task UpsertCountsAsync<TRollup>(
        DashboardDbContext db, IReadOnlyList<string> keyProperties, IReadOnlyCollection<(object[] Keys, int Count)> rows, CancellationToken cancellationToken)
    {
        foreach (var sql in UpsertCommands(db, typeof(TRollup), keyProperties, rows))
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>The upsert statements for <paramref name="rows"/>, in the provider's dialect (also what the tests check for SQL Server).</summary>
    internal static List<string> UpsertCommands(DashboardDbContext db, Type rollup, IReadOnlyList<string> keyProperties, IReadOnlyCollection<(object[] Keys, int Count)> rows)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(rollup)!;
        var storeObject = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var helper = db.GetService<ISqlGenerationHelper>();
        var table = helper.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var keys = keyProperties.Select(k => entity.FindProperty(k)!).ToArray();
        var keyColumns = keys.Select(p => helper.DelimitIdentifier(p.GetColumnName(storeObject)!)).ToArray();
        var countProperty = entity.FindProperty("Count")!;
        var count = helper.DelimitIdentifier(countProperty.GetColumnName(storeObject)!);
        var countMapping = countProperty.GetRelationalTypeMapping();
        var keyMappings = keys.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var dialect = DialectOf(db);
        var allColumns = string.Join(", ", keyColumns.Append(count));

        var commands = new List<string>();
        foreach (var chunk in rows.Chunk(UpsertRowsPerCommand))
        {
            var values = string.Join(", ", chunk.Select(r =>
                "(" + string.Join(", ", r.Keys.Select((k, i) => keyMappings[i].GenerateSqlLiteral(k)).Append(countMapping.GenerateSqlLiteral(r.Count))) + ")"));
            commands.Add(dialect == Dialect.SqlServer
                ? $"MERGE INTO {table} WITH (HOLDLOCK) AS [target] USING (VALUES {values}) AS [source] ({allColumns}) ON "
                    + string.Join(" AND ", keyColumns.Select(k => $"[target].{k} = [source].{k}"))
                    + $" WHEN MATCHED THEN UPDATE SET [target].{count} = [target].{count} + [source].{count}"
                    + $" WHEN NOT MATCHED THEN INSERT ({allColumns}) VALUES ({string.Join(", ", keyColumns.Append(count).Select(c => "[source]." + c))});"
                : $"INSERT INTO {table} ({allColumns}) VALUES {values} ON CONFLICT ({string.Join(", ", keyColumns)}) "
                    + $"DO UPDATE SET {count} = {table}.{count} + excluded.{count};");
        }

        return commands;
    }

    /// <summary>The start of the multi-row posting INSERT, up to and including VALUES (also what the tests check).</summary>
    internal static string InsertPrefix(DashboardDbContext db, IEntityType entity, IReadOnlyList<IProperty> properties)
    {
        var storeObject = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var helper = db.GetService<ISqlGenerationHelper>();
        return "INSERT INTO " + helper.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()) + " ("
            + string.Join(", ", properties.Select(p => helper.DelimitIdentifier(p.GetColumnName(storeObject)!))) + ") VALUES ";
    }

    /// <summary>Rows per posting INSERT, within each provider's parameter limit (SQL Server 2,100; SQLite 32,766; PostgreSQL 65,535).</summary>
    internal static int PostingRowsPerCommand(Dialect dialect) => dialect == Dialect.SqlServer ? 2000 / PostingColumns.Length : 1000;

    internal static IReadOnlyList<string> PostingProperties => [.. PostingColumns.Select(c => c.Property)];
}
