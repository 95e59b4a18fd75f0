using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Bench;

/// <summary>
/// One benchmark database: the app's own provider context (so the app's migrations make the schema and the app's
/// queries run unchanged), plus the provider's bulk path for postings, which EF's AddRange is far too slow for.
/// </summary>
internal abstract class BenchDatabase(string connectionString) : IDbContextFactory<DashboardDbContext>
{
    /// <summary>The posting columns the bulk writers fill, in this order; the id is left to the database.</summary>
    protected static readonly string[] PostingProperties =
    [
        nameof(Posting.ChannelId), nameof(Posting.ColumnId), nameof(Posting.OrgUnitId), nameof(Posting.Title), nameof(Posting.Url),
        nameof(Posting.PublishedAtUtc), nameof(Posting.PublishedOn), nameof(Posting.ExternalId), nameof(Posting.CreatedAtUtc), nameof(Posting.IsDemo),
    ];

    public string ConnectionString { get; } = connectionString;

    /// <summary>Counts the SQL time of every context this database hands out.</summary>
    public SqlTimer Sql { get; } = new();

    public abstract string Name { get; }

    public abstract DashboardDbContext CreateDbContext();

    /// <summary>Drops the benchmark database if it exists and leaves an empty one (no schema yet).</summary>
    public abstract Task RecreateAsync(CancellationToken cancellationToken);

    /// <summary>Writes postings through the provider's bulk path; returns how many.</summary>
    public abstract Task<long> BulkInsertAsync(IEnumerable<Posting> postings, CancellationToken cancellationToken);

    /// <summary>Puts the database back to how the app runs it after a bulk load.</summary>
    public abstract Task AfterBulkLoadAsync(CancellationToken cancellationToken);

    /// <summary>Refreshes planner statistics after the rollups were rebuilt, where the provider keeps them.</summary>
    public abstract Task AfterRebuildAsync(CancellationToken cancellationToken);

    public abstract Task<string> VersionAsync(CancellationToken cancellationToken);

    /// <summary>The delimited table name and column list of <see cref="PostingProperties"/>, from the app's model.</summary>
    protected static (string Table, string[] Columns) PostingTable(DashboardDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Posting))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        return (sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()),
            [.. PostingProperties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(table)!))]);
    }
}
