using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>Rebuilds the posting rollups from scratch every night; the result equals the incrementally kept rows.</summary>
public sealed class RollupRebuildJob(IDbContextFactory<DashboardDbContext> dbFactory, PublishingNotifier notifier)
{
    public const string Id = "rollup-rebuild";

    /// <summary>Every night at 02:00 Asia/Shanghai.</summary>
    public const string Cron = "0 2 * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var rows = await PostingRollups.RebuildAsync(db, cancellationToken);
        notifier.NotifyPostingsChanged();
        return string.Create(CultureInfo.InvariantCulture,
            $"rebuilt {rows.DayRows} day rows, {rows.MonthRows} month rows, {rows.MonthColumnRows} month × column rows, {rows.MonthUnitRows} month × unit rows and {rows.DayUnitRows} day × unit rows");
    }
}
