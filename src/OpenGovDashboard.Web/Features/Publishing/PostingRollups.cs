using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// Keeps the rollups behind the charts: incrementally, inside the transaction of every ingest, and from
/// scratch in SQL (INSERT … SELECT … GROUP BY) for the nightly rebuild. Both give the same rows.
/// </summary>
public static class PostingRollups
{
    /// <summary>Adds the counts of newly added postings to the rollups, in the caller's context and transaction.</summary>
    public static async Task ApplyAsync(DashboardDbContext db, IReadOnlyCollection<Posting> added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0)
        {
            return;
        }

        var days = added.GroupBy(p => (p.PublishedOn, p.ChannelId, ColumnKey: p.ColumnId ?? 0))
            .ToDictionary(g => g.Key, g => g.Count());
        var dayFrom = days.Keys.Min(k => k.PublishedOn);
        var dayTo = days.Keys.Max(k => k.PublishedOn);
        var channels = days.Keys.Select(k => k.ChannelId).Distinct().ToList();
        // Read untracked, and track only the rows this batch changes: at province scale the days and months a batch spans
        // hold tens of thousands of rollup rows, and tracking them all cost more than the rest of the write (bench/).
        var dayRows = await db.PostingDayRollups.AsNoTracking()
            .Where(r => r.Day >= dayFrom && r.Day <= dayTo && channels.Contains(r.ChannelId))
            .Select(r => new { r.Id, r.Day, r.ChannelId, r.ColumnKey, r.Count })
            .ToDictionaryAsync(r => (r.Day, r.ChannelId, r.ColumnKey), cancellationToken);
        var trackedDays = db.PostingDayRollups.Local;
        foreach (var ((day, channelId, columnKey), count) in days)
        {
            if (dayRows.TryGetValue((day, channelId, columnKey), out var stored))
            {
                var row = trackedDays.FindEntry(stored.Id)?.Entity
                    ?? db.PostingDayRollups.Attach(new PostingDayRollup { Id = stored.Id, Day = day, ChannelId = channelId, ColumnKey = columnKey, Count = stored.Count }).Entity;
                row.Count += count;
                db.Entry(row).Property(r => r.Count).IsModified = true;
            }
            else
            {
                db.PostingDayRollups.Add(new PostingDayRollup { Day = day, ChannelId = channelId, ColumnKey = columnKey, Count = count });
            }
        }

        var months = added.GroupBy(p => (p.PublishedOn.Year, p.PublishedOn.Month, p.ChannelId, OrgUnitKey: p.OrgUnitId ?? 0))
            .ToDictionary(g => g.Key, g => g.Count());
        var firstMonth = months.Keys.Min(k => (k.Year * 12) + k.Month);
        var lastMonth = months.Keys.Max(k => (k.Year * 12) + k.Month);
        var (firstYear, lastYear) = (months.Keys.Min(k => k.Year), months.Keys.Max(k => k.Year));
        var monthRows = await db.PostingMonthRollups.AsNoTracking()
            .Where(r => r.Year >= firstYear && r.Year <= lastYear && (r.Year * 12) + r.Month >= firstMonth && (r.Year * 12) + r.Month <= lastMonth
                && channels.Contains(r.ChannelId))
            .Select(r => new { r.Id, r.Year, r.Month, r.ChannelId, r.OrgUnitKey, r.Count })
            .ToDictionaryAsync(r => (r.Year, r.Month, r.ChannelId, r.OrgUnitKey), cancellationToken);
        var trackedMonths = db.PostingMonthRollups.Local;
        foreach (var (key, count) in months)
        {
            if (monthRows.TryGetValue(key, out var stored))
            {
                var row = trackedMonths.FindEntry(stored.Id)?.Entity
                    ?? db.PostingMonthRollups.Attach(new PostingMonthRollup
                    {
                        Id = stored.Id, Year = key.Year, Month = key.Month, ChannelId = key.ChannelId, OrgUnitKey = key.OrgUnitKey, Count = stored.Count,
                    }).Entity;
                row.Count += count;
                db.Entry(row).Property(r => r.Count).IsModified = true;
            }
            else
            {
                db.PostingMonthRollups.Add(new PostingMonthRollup { Year = key.Year, Month = key.Month, ChannelId = key.ChannelId, OrgUnitKey = key.OrgUnitKey, Count = count });
            }
        }
    }

    /// <summary>Rebuilds both rollups from the postings, in one transaction; safe to run twice.</summary>
    public static async Task<(int DayRows, int MonthRows)> RebuildAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.PostingDayRollups.ExecuteDeleteAsync(cancellationToken);
            await db.PostingMonthRollups.ExecuteDeleteAsync(cancellationToken);

            // The SELECTs are written in LINQ so that each provider gets its own SQL; only the INSERT around them is ours.
            var daySelect = db.Postings
                .GroupBy(p => new { p.PublishedOn, p.ChannelId, ColumnKey = p.ColumnId ?? 0 })
                .Select(g => new { g.Key.PublishedOn, g.Key.ChannelId, g.Key.ColumnKey, Count = g.Count() })
                .ToQueryString();
            var monthSelect = db.Postings
                .GroupBy(p => new { p.PublishedOn.Year, p.PublishedOn.Month, p.ChannelId, OrgUnitKey = p.OrgUnitId ?? 0 })
                .Select(g => new { g.Key.Year, g.Key.Month, g.Key.ChannelId, g.Key.OrgUnitKey, Count = g.Count() })
                .ToQueryString();
            // No user input reaches this SQL: identifiers come from the model, the SELECTs from EF.
            var insertDays = "INSERT INTO " + Table<PostingDayRollup>(db) + " (" + Columns<PostingDayRollup>(db,
                nameof(PostingDayRollup.Day), nameof(PostingDayRollup.ChannelId), nameof(PostingDayRollup.ColumnKey), nameof(PostingDayRollup.Count)) + ") " + daySelect;
            var insertMonths = "INSERT INTO " + Table<PostingMonthRollup>(db) + " (" + Columns<PostingMonthRollup>(db,
                nameof(PostingMonthRollup.Year), nameof(PostingMonthRollup.Month), nameof(PostingMonthRollup.ChannelId), nameof(PostingMonthRollup.OrgUnitKey), nameof(PostingMonthRollup.Count)) + ") " + monthSelect;
            var dayRows = await db.Database.ExecuteSqlRawAsync(insertDays, cancellationToken);
            var monthRows = await db.Database.ExecuteSqlRawAsync(insertMonths, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (dayRows, monthRows);
        });
    }

    private static string Table<T>(DashboardDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        return sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    private static string Columns<T>(DashboardDbContext db, params string[] properties)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        return string.Join(", ", properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(table)!)));
    }
}
