using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Alerts;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// Every night, and on demand for one channel (the API) or one source (the admin page): runs the sources, records each
/// source's run (<see cref="ConnectorRun"/>), and keeps one in-app alert per source whose latest run failed (key
/// <c>connector:{channelId}:{source}</c>, to the channel's owning unit) — resolved when it works again or is no longer
/// configured. Safe to run twice: dedupe adds nothing, the alerts equal what the latest runs say.
/// </summary>
public sealed class ChannelSyncJob(
    IConnectorSourceStore sources, ConnectorRunner runner, AlertService alerts, IDbContextFactory<DashboardDbContext> dbFactory,
    IOptions<MonitoringOptions> options, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string Id = "channel-sync";

    /// <summary>01:30 Asia/Shanghai: after midnight's postings, before the morning's alert and report jobs.</summary>
    public const string Cron = "30 1 * * *";

    public const string Prefix = "connector:";

    /// <summary>How many skipped items a run record keeps (with their reasons); the count is always whole.</summary>
    public const int SkippedSampleSize = 20;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var all = await sources.ListAsync(null, cancellationToken);
        var results = await RunAndRecordAsync(all, ConnectorRunTrigger.Schedule, cancellationToken);
        await SyncAlertsAsync(all, null, cancellationToken);
        var pruned = await PruneAsync(cancellationToken);
        var failed = results.Where(r => r.Failed).Select(r => r.Key + " " + r.Error!.Code).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} sources: {results.Sum(r => r.Added)} added, {results.Sum(r => r.Duplicates)} duplicates, {results.Sum(r => r.Skipped.Count)} skipped, {failed.Count} failed")
            + (failed.Count > 0 ? " (" + string.Join(", ", failed) + ")" : "")
            + (pruned > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {pruned} old run records removed") : "");
    }

    /// <summary>Runs one channel's sources now; its alerts follow, other channels' alerts are left as they are.</summary>
    public async Task<IReadOnlyList<ConnectorSourceResult>> RunChannelAsync(int channelId, CancellationToken cancellationToken)
    {
        var mine = await sources.ListAsync(channelId, cancellationToken);
        var results = await RunAndRecordAsync(mine, ConnectorRunTrigger.Manual, cancellationToken);
        await SyncAlertsAsync(mine, channelId, cancellationToken);
        return results;
    }

    /// <summary>Runs one source now (立即同步); null when no enabled or configured source has that key.</summary>
    public async Task<ConnectorSourceResult?> RunSourceAsync(string key, CancellationToken cancellationToken)
    {
        var source = (await sources.ListAsync(null, cancellationToken)).FirstOrDefault(s => s.Key == key);
        if (source is null)
        {
            return null;
        }

        var result = (await RunAndRecordAsync([source], ConnectorRunTrigger.Manual, cancellationToken))[0];
        await SyncAlertsAsync(await sources.ListAsync(source.ChannelId, cancellationToken), source.ChannelId, cancellationToken);
        return result;
    }

    public static string Key(int channelId, string sourceKey) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{channelId}:{sourceKey}");

    private async Task<IReadOnlyList<ConnectorSourceResult>> RunAndRecordAsync(
        IReadOnlyList<ConnectorSource> selected, ConnectorRunTrigger trigger, CancellationToken cancellationToken)
    {
        var results = await runner.RunAsync(selected, null, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        for (var i = 0; i < results.Count; i++)
        {
            db.ConnectorRuns.Add(Record(selected[i], results[i], trigger));
        }

        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    internal static ConnectorRun Record(ConnectorSource source, ConnectorSourceResult result, ConnectorRunTrigger trigger) => new()
    {
        SourceKey = source.Key,
        SourceId = source.StoredId,
        ChannelId = source.ChannelId,
        ColumnId = source.ColumnId,
        Kind = source.Kind,
        Trigger = trigger,
        StartedAtUtc = result.StartedAt.UtcDateTime,
        FinishedAtUtc = result.FinishedAt.UtcDateTime,
        Attempts = result.Attempts,
        Fetched = result.Fetched,
        Added = result.Added,
        Duplicates = result.Duplicates,
        Skipped = result.Skipped.Count,
        SkippedSample = result.Skipped.Count == 0 ? null
            : JsonSerializer.Serialize(result.Skipped.Take(SkippedSampleSize).Select(s => new SkippedItem(Cut(s.Item, 100), s.Reason, s.Detail is null ? null : Cut(s.Detail, 200)))),
        ErrorCode = result.Error is { } error ? Cut(error.Code, 64) : null,
        ErrorMessage = result.Error is { } e ? Cut(e.Message, 1000) : null,
    };

    /// <summary>One alert per source in scope whose latest recorded run failed; the scope's other connector alerts resolve.</summary>
    private async Task SyncAlertsAsync(IReadOnlyList<ConnectorSource> inScope, int? channelId, CancellationToken cancellationToken)
    {
        using var language = AlertLanguage.Use();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = inScope.Select(s => s.Key).Distinct().ToList();
        var latestIds = await db.ConnectorRuns.Where(r => keys.Contains(r.SourceKey))
            .GroupBy(r => r.SourceKey).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var failing = await db.ConnectorRuns.AsNoTracking().Where(r => latestIds.Contains(r.Id) && r.ErrorCode != null).ToListAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.OwnerOrgUnitId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var drafts = failing
            .Select(run => (Run: run, Source: inScope.First(s => s.Key == run.SourceKey)))
            .Select(x =>
            {
                var channel = channels.GetValueOrDefault(x.Source.ChannelId);
                return new AlertDraft(
                    Key(x.Source.ChannelId, x.Source.Key), AlertSeverity.Warning, channel?.OwnerOrgUnitId,
                    l["Monitoring.Alert.ConnectorFailedTitle", channel?.Name ?? x.Source.ChannelId.ToString(CultureInfo.InvariantCulture), x.Source.Key],
                    l["Monitoring.Alert.ConnectorFailedMessage", ConnectorTexts.Error(l, x.Run.ErrorCode!), x.Run.ErrorMessage ?? "", x.Run.Attempts],
                    "monitoring");
            })
            .ToList();
        var prefix = channelId is { } id ? Prefix + id.ToString(CultureInfo.InvariantCulture) + ":" : Prefix;
        await alerts.SyncAsync(prefix, drafts, cancellationToken);
    }

    private async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RunRetentionDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ConnectorRuns.Where(r => r.StartedAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
