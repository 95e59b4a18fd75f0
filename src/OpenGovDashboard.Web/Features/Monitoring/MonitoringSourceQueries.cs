using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>One recorded run as pages show it.</summary>
public sealed record ConnectorRunItem(
    long Id, string SourceKey, int ChannelId, ConnectorRunTrigger Trigger, DateTime StartedAtUtc, DateTime FinishedAtUtc, int Attempts,
    int Fetched, int Added, int Duplicates, int Skipped, IReadOnlyList<SkippedItem> SkippedSample, string? ErrorCode, string? ErrorMessage)
{
    public bool Failed => ErrorCode is not null;
}

/// <summary>
/// A source as the admin page lists it: a stored one (editable; <see cref="Input"/> holds no secret, only <see cref="HasSecret"/>)
/// or a configured one (read-only), with its channel, column and latest run.
/// </summary>
public sealed record MonitoringSourceRow(
    int? Id, string Key, bool FromConfiguration, string Channel, string? Column, MonitoringSourceInput Input, bool HasSecret, ConnectorRunItem? LastRun);

/// <summary>A channel and its columns, to choose from in the source form.</summary>
public sealed record ChannelChoice(int Id, string Name, ChannelKind Kind, IReadOnlyList<(int Id, string Name)> Columns);

/// <summary>The sources and their runs, for the admin page and the monitoring page's "last run" column.</summary>
public sealed class MonitoringSourceQueries(IDbContextFactory<DashboardDbContext> dbFactory, IOptions<MonitoringOptions> options)
{
    public async Task<IReadOnlyList<MonitoringSourceRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var columns = await db.Columns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var stored = await db.MonitoringSources.AsNoTracking().OrderBy(s => s.ChannelId).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var configured = options.Value.Sources;
        var latest = await LatestAsync(db, [.. configured.Select(s => s.Key), .. stored.Select(s => s.Name)], cancellationToken);
        var rows = configured.Select(s => new MonitoringSourceRow(
            null, s.Key, true, channels.GetValueOrDefault(s.ChannelId) ?? "#" + s.ChannelId, s.ColumnId is { } c ? columns.GetValueOrDefault(c) : null,
            new MonitoringSourceInput
            {
                Name = s.Key, ChannelId = s.ChannelId, ColumnId = s.ColumnId, Kind = s.Kind, Url = s.Url, Account = s.Account,
                ItemSelector = s.ItemSelector, LinkSelector = s.LinkSelector, TitleSelector = s.TitleSelector, DateSelector = s.DateSelector,
                NextPageSelector = s.NextPageSelector, PageUrlPattern = s.PageUrlPattern, MaxPages = s.MaxPages, Enabled = true,
            },
            !string.IsNullOrEmpty(s.Secret) || !string.IsNullOrEmpty(s.ProtectedSecret), latest.GetValueOrDefault(s.Key)));
        return
        [
            .. rows,
            .. stored.Select(s => new MonitoringSourceRow(
                s.Id, s.Name, false, channels.GetValueOrDefault(s.ChannelId) ?? "#" + s.ChannelId, s.ColumnId is { } c ? columns.GetValueOrDefault(c) : null,
                new MonitoringSourceInput
                {
                    Name = s.Name, ChannelId = s.ChannelId, ColumnId = s.ColumnId, Kind = s.Kind, Url = s.Url, Account = s.Account,
                    ItemSelector = s.ItemSelector, LinkSelector = s.LinkSelector, TitleSelector = s.TitleSelector, DateSelector = s.DateSelector,
                    NextPageSelector = s.NextPageSelector, PageUrlPattern = s.PageUrlPattern, MaxPages = s.MaxPages, Enabled = s.Enabled,
                },
                !string.IsNullOrEmpty(s.ProtectedSecret), latest.GetValueOrDefault(s.Name))),
        ];
    }

    public async Task<IReadOnlyList<ChannelChoice>> ChannelChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Include(c => c.Columns).OrderBy(c => c.Kind).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. channels.Select(c => new ChannelChoice(c.Id, c.Name, c.Kind, [.. c.Columns.OrderBy(x => x.SortOrder).ThenBy(x => x.Id).Select(x => (x.Id, x.Name))]))];
    }

    /// <summary>A source's latest runs, newest first.</summary>
    public async Task<IReadOnlyList<ConnectorRunItem>> RunsAsync(string key, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.ConnectorRuns.AsNoTracking().Where(r => r.SourceKey == key).OrderByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken);
        return [.. runs.Select(ToItem)];
    }

    /// <summary>
    /// Each channel's sources' latest runs (the sources now configured or stored, enabled or not) — of the channels the
    /// scope owns: source names and error texts are a unit's detail.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ConnectorRunItem>>> LatestByChannelAsync(UnitScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.MonitoringSources.AsNoTracking().Select(s => s.Name).ToListAsync(cancellationToken);
        var latest = await LatestAsync(db, [.. options.Value.Sources.Select(s => s.Key), .. keys], cancellationToken);
        var owned = scope.UnitIds.ToList();
        var visible = scope.IsCountyWide
            ? null
            : (await db.Channels.AsNoTracking().Where(c => c.OwnerOrgUnitId != null && owned.Contains(c.OwnerOrgUnitId.Value)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        return latest.Values.Where(r => visible is null || visible.Contains(r.ChannelId)).GroupBy(r => r.ChannelId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ConnectorRunItem>)[.. g.OrderBy(r => r.SourceKey, StringComparer.Ordinal)]);
    }

    private static async Task<Dictionary<string, ConnectorRunItem>> LatestAsync(DashboardDbContext db, List<string> keys, CancellationToken cancellationToken)
    {
        var ids = await db.ConnectorRuns.Where(r => keys.Contains(r.SourceKey)).GroupBy(r => r.SourceKey).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var runs = await db.ConnectorRuns.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return runs.ToDictionary(r => r.SourceKey, ToItem, StringComparer.Ordinal);
    }

    private static ConnectorRunItem ToItem(ConnectorRun run) => new(
        run.Id, run.SourceKey, run.ChannelId, run.Trigger, run.StartedAtUtc, run.FinishedAtUtc, run.Attempts, run.Fetched, run.Added, run.Duplicates, run.Skipped,
        run.SkippedSample is null ? [] : JsonSerializer.Deserialize<List<SkippedItem>>(run.SkippedSample) ?? [],
        run.ErrorCode, run.ErrorMessage);
}
