using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>A channel's probe and its results this week, for the admin page.</summary>
public sealed record ChannelProbeRow(int ChannelId, string Channel, ChannelKind Kind, string Url, bool Enabled, ProbeResult? Last, AvailabilityFacts Week);

/// <summary>Sets, removes and runs a channel's availability probe; only admins may (<see cref="MonitoringAdminCheck"/>, in every command).</summary>
public sealed class ChannelProbeCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MonitoringAdminCheck admin,
    ChannelProbeJob job,
    IOptions<HealthThresholdOptions> thresholds,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<ChannelProbeRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ShanghaiTime.Today(clock);
        var probes = await db.ChannelProbes.AsNoTracking()
            .Join(db.Channels, p => p.ChannelId, c => c.Id, (p, c) => new { p.ChannelId, c.Name, c.Kind, p.Url, p.Enabled })
            .OrderBy(p => p.ChannelId).ToListAsync(cancellationToken);
        var week = await ProbeWindow.CountAsync(db, today, thresholds.Value.ProbeWindowDays, cancellationToken);
        var lastIds = await db.ProbeResults.GroupBy(r => r.ChannelId).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var last = await db.ProbeResults.AsNoTracking().Where(r => lastIds.Contains(r.Id)).ToDictionaryAsync(r => r.ChannelId, cancellationToken);
        return [.. probes.Select(p => new ChannelProbeRow(p.ChannelId, p.Name, p.Kind, p.Url, p.Enabled, last.GetValueOrDefault(p.ChannelId), week.GetValueOrDefault(p.ChannelId) ?? new AvailabilityFacts(0, 0)))];
    }

    public async Task<CommandResult> SaveAsync(ClaimsPrincipal user, int? channelId, string? url, bool enabled, CancellationToken cancellationToken)
    {
        if (await admin.ForbiddenAsync(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (channelId is not { } id || !await db.Channels.AnyAsync(c => c.Id == id, cancellationToken))
        {
            errors.Add(new FieldError("channelId", l["Monitoring.Sources.Error.Channel"]));
        }

        var address = url?.Trim();
        if (!(address is { Length: <= 1000 } && Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add(new FieldError("url", l["Monitoring.Probes.Error.Url"]));
        }

        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        var probe = await db.ChannelProbes.SingleOrDefaultAsync(p => p.ChannelId == channelId, cancellationToken);
        if (probe is null)
        {
            probe = db.ChannelProbes.Add(new ChannelProbe { ChannelId = channelId!.Value, Url = address! }).Entity;
        }

        probe.Url = address!;
        probe.Enabled = enabled;
        audit.Add(db, MonitoringAdminCheck.Actor(user), "probe.save", nameof(ChannelProbe), probe.ChannelId.ToString(CultureInfo.InvariantCulture), $"{address}; enabled={enabled}");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> DeleteAsync(ClaimsPrincipal user, int channelId, CancellationToken cancellationToken)
    {
        if (await admin.ForbiddenAsync(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var probe = await db.ChannelProbes.SingleOrDefaultAsync(p => p.ChannelId == channelId, cancellationToken);
        if (probe is not null)
        {
            db.ChannelProbes.Remove(probe);
            audit.Add(db, MonitoringAdminCheck.Actor(user), "probe.delete", nameof(ChannelProbe), channelId.ToString(CultureInfo.InvariantCulture), probe.Url);
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult.Success;
    }

    /// <summary>立即探测: one probe of the channel now, recorded as manual: shown as the latest result, left out of the week's share.</summary>
    public async Task<(CommandResult Result, ProbeResult? Probe)> ProbeNowAsync(ClaimsPrincipal user, int channelId, CancellationToken cancellationToken)
    {
        if (await admin.ForbiddenAsync(user) is { } forbidden)
        {
            return (forbidden, null);
        }

        var result = await job.RunChannelAsync(channelId, cancellationToken);
        return result is null ? (CommandResult.Fail("channelId", l["Monitoring.Probes.Error.None"]), null) : (CommandResult.Success, result);
    }
}
