using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>Deletes audit entries older than the retention (≥ 6 months). Running it twice deletes nothing more.</summary>
public sealed class AuditRetentionJob(
    IDbContextFactory<DashboardDbContext> dbFactory,
    IOptions<AuditRetentionOptions> options,
    AuditLog audit,
    TimeProvider clock)
{
    public const string Id = "audit-retention";

    /// <summary>Every night at 03:30 Asia/Shanghai.</summary>
    public const string Cron = "30 3 * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.AuditEntries.Where(a => a.AtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            audit.Add(db, "system", "audit.retention", summary: string.Create(CultureInfo.InvariantCulture, $"deleted={deleted}; before={cutoff:O}"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return string.Create(CultureInfo.InvariantCulture, $"deleted {deleted} audit entries older than {cutoff:yyyy-MM-dd}");
    }
}
