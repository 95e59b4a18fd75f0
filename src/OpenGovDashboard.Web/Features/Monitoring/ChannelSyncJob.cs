using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Alerts;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// Every night, and for one channel on demand: runs the configured sources and keeps one in-app alert per failing
/// source (key <c>connector:{channelId}:{source}</c>, to the channel's owning unit) — raised while it fails, resolved
/// when it works again or is no longer configured. Safe to run twice: dedupe adds nothing, the alerts equal what holds.
/// </summary>
public sealed class ChannelSyncJob(
    IConnectorSourceStore sources, ConnectorRunner runner, AlertService alerts, IDbContextFactory<DashboardDbContext> dbFactory,
    IStringLocalizer<SharedResource> l)
{
    public const string Id = "channel-sync";

    /// <summary>01:30 Asia/Shanghai: after midnight's postings, before the morning's alert and report jobs.</summary>
    public const string Cron = "30 1 * * *";

    public const string Prefix = "connector:";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var results = await RunAndAlertAsync(null, cancellationToken);
        var failed = results.Where(r => r.Failed).Select(r => r.Key + " " + r.Error!.Code).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} sources: {results.Sum(r => r.Added)} added, {results.Sum(r => r.Duplicates)} duplicates, {results.Sum(r => r.Skipped.Count)} skipped, {failed.Count} failed")
            + (failed.Count > 0 ? " (" + string.Join(", ", failed) + ")" : "");
    }

    /// <summary>Runs one channel's sources now; its alerts follow, other channels' alerts are left as they are.</summary>
    public Task<IReadOnlyList<ConnectorSourceResult>> RunChannelAsync(int channelId, CancellationToken cancellationToken) =>
        RunAndAlertAsync(channelId, cancellationToken);

    private async Task<IReadOnlyList<ConnectorSourceResult>> RunAndAlertAsync(int? channelId, CancellationToken cancellationToken)
    {
        var configured = await sources.ListAsync(channelId, cancellationToken);
        var results = await runner.RunAsync(configured, null, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.OwnerOrgUnitId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var drafts = results.Where(r => r.Failed).Select(r =>
        {
            var channel = channels.GetValueOrDefault(r.ChannelId);
            return new AlertDraft(
                Key(r.ChannelId, r.Key), AlertSeverity.Warning, channel?.OwnerOrgUnitId,
                l["Monitoring.Alert.ConnectorFailedTitle", channel?.Name ?? r.ChannelId.ToString(CultureInfo.InvariantCulture), r.Key],
                l["Monitoring.Alert.ConnectorFailedMessage", r.Error!.Code, r.Error.Message, r.Attempts],
                "monitoring");
        }).ToList();
        var prefix = channelId is { } id ? Prefix + id.ToString(CultureInfo.InvariantCulture) + ":" : Prefix;
        await alerts.SyncAsync(prefix, drafts, cancellationToken);
        return results;
    }

    public static string Key(int channelId, string sourceKey) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{channelId}:{sourceKey}");
}
