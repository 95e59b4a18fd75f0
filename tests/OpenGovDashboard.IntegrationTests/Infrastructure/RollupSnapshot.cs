using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace OpenGovDashboard.IntegrationTests.Infrastructure;

/// <summary>Every row of the five posting rollups as sorted text, one list per rollup, for comparing incremental and rebuilt rollups.</summary>
public static class RollupSnapshot
{
    public static async Task<List<List<string>>> TakeAsync(AppFixture fixture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateDbContext();
        static List<string> Sorted(IEnumerable<string> rows) => [.. rows.Order(StringComparer.Ordinal)];
        return
        [
            Sorted((await db.PostingDayRollups.Select(r => new { r.Day, r.ChannelId, r.ColumnKey, r.Count }).ToListAsync(cancellationToken))
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Day:yyyy-MM-dd}/{r.ChannelId}/{r.ColumnKey}={r.Count}"))),
            Sorted((await db.PostingMonthRollups.Select(r => new { r.Year, r.Month, r.ChannelId, r.OrgUnitKey, r.Count }).ToListAsync(cancellationToken))
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Year}-{r.Month}/{r.ChannelId}/{r.OrgUnitKey}={r.Count}"))),
            Sorted((await db.PostingMonthColumnRollups.Select(r => new { r.Year, r.Month, r.ChannelId, r.ColumnKey, r.Count }).ToListAsync(cancellationToken))
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Year}-{r.Month}/{r.ChannelId}/{r.ColumnKey}={r.Count}"))),
            Sorted((await db.PostingMonthUnitRollups.Select(r => new { r.Year, r.Month, r.OrgUnitKey, r.Count }).ToListAsync(cancellationToken))
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Year}-{r.Month}/{r.OrgUnitKey}={r.Count}"))),
            Sorted((await db.PostingDayUnitRollups.Select(r => new { r.Day, r.OrgUnitKey, r.Count }).ToListAsync(cancellationToken))
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Day:yyyy-MM-dd}/{r.OrgUnitKey}={r.Count}"))),
        ];
    }
}
