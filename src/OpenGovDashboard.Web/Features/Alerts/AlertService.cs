using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Alerts;

/// <summary>An alert a job wants raised while its condition holds.</summary>
public sealed record AlertDraft(string Key, AlertSeverity Severity, int? OrgUnitId, string Title, string Message, string? Link);

/// <summary>
/// Keeps the alerts of one family (a key prefix, e.g. <c>request:</c>) equal to what a job says holds now: new ones are
/// raised (and passed to every <see cref="IAlertHook"/>), ones that still hold keep their time and text but take the draft's
/// unit, severity and link, ones that no longer hold are resolved. Running it twice with the same drafts changes nothing.
/// </summary>
public sealed class AlertService(IDbContextFactory<DashboardDbContext> dbFactory, IEnumerable<IAlertHook> hooks, TimeProvider clock, ILogger<AlertService> logger)
{
    public async Task<AlertSyncResult> SyncAsync(string prefix, IReadOnlyCollection<AlertDraft> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);

        // Two runs of one family at once (a job's start-up catch-up beside 立即同步, or two nodes) may both find a key new and
        // insert it; the second insert breaks the key's unique index. The sync is idempotent: read again and redo.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SyncOnceAsync(prefix, current, cancellationToken);
            }
            catch (DbUpdateException conflict) when (attempt < 5)
            {
                logger.LogInformation(conflict, "Alert sync of {Prefix} met a concurrent run; retrying", prefix);
            }
        }
    }

    private async Task<AlertSyncResult> SyncOnceAsync(string prefix, IReadOnlyCollection<AlertDraft> current, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Alerts.Where(a => a.Key.StartsWith(prefix)).ToDictionaryAsync(a => a.Key, cancellationToken);
        var raised = new List<Alert>();
        foreach (var draft in current)
        {
            if (existing.TryGetValue(draft.Key, out var alert))
            {
                if (alert.ResolvedAtUtc is null)
                {
                    // Still holds: not raised again (no hook fires) and its text stays as raised (a run by an English
                    // admin must not rewrite everyone's bell), but it goes where the condition now belongs — a channel
                    // given to another unit takes its open alerts to that unit's bell and out of the old one's.
                    alert.Severity = draft.Severity;
                    alert.OrgUnitId = draft.OrgUnitId;
                    alert.Link = draft.Link;
                    continue;
                }

                // It held before, stopped, and holds again: a new occurrence.
                alert.ResolvedAtUtc = null;
                alert.RaisedAtUtc = now;
            }
            else
            {
                alert = new Alert { Key = draft.Key, Title = draft.Title, Message = draft.Message };
                db.Alerts.Add(alert);
            }

            alert.Severity = draft.Severity;
            alert.OrgUnitId = draft.OrgUnitId;
            alert.Title = draft.Title;
            alert.Message = draft.Message;
            alert.Link = draft.Link;
            alert.RaisedAtUtc = now;
            raised.Add(alert);
        }

        var keys = current.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var resolved = 0;
        foreach (var alert in existing.Values.Where(a => a.ResolvedAtUtc is null && !keys.Contains(a.Key)))
        {
            alert.ResolvedAtUtc = now;
            resolved++;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var alert in raised)
        {
            foreach (var hook in hooks)
            {
                try
                {
                    await hook.RaisedAsync(alert, cancellationToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // A mail server or WeCom being down must not lose the alert: it is in the app already.
                    logger.LogWarning(failure, "Alert hook {Hook} failed for {Key}", hook.GetType().Name, alert.Key);
                }
            }
        }

        return new AlertSyncResult(raised.Count, resolved, current.Count);
    }

    /// <summary>The open alerts a user should see: their units' and, for admins, every one.</summary>
    public async Task<IReadOnlyList<Alert>> OpenForAsync(UnitScope scope, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Alerts.AsNoTracking().Where(a => a.ResolvedAtUtc == null);
        if (!isAdmin)
        {
            var units = scope.UnitIds.ToList();
            query = scope.IsCountyWide
                ? query.Where(a => a.OrgUnitId != null)
                : query.Where(a => a.OrgUnitId != null && units.Contains(a.OrgUnitId.Value));
        }

        return await query.OrderByDescending(a => a.Severity).ThenByDescending(a => a.RaisedAtUtc).Take(100).ToListAsync(cancellationToken);
    }
}

public sealed record AlertSyncResult(int Raised, int Resolved, int Holding);

/// <summary>
/// Where an alert goes besides the app: e-mail, WeCom (企业微信) or SMS gateways implement this and are registered in
/// <c>AddAlerts</c>; the default only logs. A hook that fails is logged and skipped — the alert stays in the app.
/// </summary>
public interface IAlertHook
{
    Task RaisedAsync(Alert alert, CancellationToken cancellationToken);
}

/// <summary>The default hook: writes each new alert to the log (journald / the log files), nothing else.</summary>
public sealed class LoggingAlertHook(ILogger<LoggingAlertHook> logger) : IAlertHook
{
    public Task RaisedAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        logger.LogInformation("Alert {Key} ({Severity}) for unit {Unit}: {Title}", alert.Key, alert.Severity, alert.OrgUnitId, alert.Title);
        return Task.CompletedTask;
    }
}
