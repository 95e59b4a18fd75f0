using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Alerts;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// Every morning: each channel that fails or risks the 19号 checks, and each silent column, raises an alert to the
/// channel's owning unit (admins see all); those that recovered are resolved. The alerts equal what holds today, so
/// running it twice changes nothing.
/// </summary>
public sealed class ChannelHealthAlertJob(
    ChannelHealthQueries queries,
    IDbContextFactory<DashboardDbContext> dbFactory,
    AlertService alerts,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public const string Id = "channel-health-alerts";

    /// <summary>07:45 Asia/Shanghai, after the night's connector runs.</summary>
    public const string Cron = "45 7 * * *";

    public const string Prefix = "health:";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        using var language = AlertLanguage.Use();
        var today = ShanghaiTime.Today(clock);
        var health = await queries.AssessAsync(today, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owners = await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.OwnerOrgUnitId, cancellationToken);
        var drafts = new List<AlertDraft>();
        foreach (var channel in health)
        {
            var owner = owners.GetValueOrDefault(channel.Channel.Id);
            var link = "monitoring";
            if (channel.Verdict != SiteVerdict.Pass)
            {
                drafts.Add(new AlertDraft(
                    string.Create(CultureInfo.InvariantCulture, $"{Prefix}{channel.Channel.Id}:{channel.Verdict}"),
                    channel.Verdict == SiteVerdict.Fail ? AlertSeverity.Error : AlertSeverity.Warning,
                    owner,
                    l["Monitoring.Alert.ChannelTitle", channel.Channel.Name, l["SiteVerdict." + channel.Verdict].Value],
                    l["Monitoring.Alert.ChannelMessage", channel.DaysSilent?.ToString(CultureInfo.InvariantCulture) ?? "—", channel.SilentColumns, channel.EmptyColumns],
                    link));
            }

            // A new-media account has no availability veto, but an address that fails this often is still worth an alert.
            if (channel.Channel.Availability is { } availability && queries.Thresholds.JudgesAvailability(availability)
                && availability.FailurePercent >= queries.Thresholds.ProbeFailPercent)
            {
                drafts.Add(new AlertDraft(
                    string.Create(CultureInfo.InvariantCulture, $"{Prefix}{channel.Channel.Id}:unreachable"),
                    AlertSeverity.Warning,
                    owner,
                    l["Monitoring.Alert.UnreachableTitle", channel.Channel.Name],
                    l["Monitoring.Alert.UnreachableMessage", availability.Probes, availability.Failures,
                        availability.FailurePercent.ToString("0.#", CultureInfo.InvariantCulture), queries.Thresholds.ProbeFailPercent],
                    link));
            }

            foreach (var column in channel.Columns.Where(c => c.Status == HealthStatus.Silent))
            {
                drafts.Add(new AlertDraft(
                    string.Create(CultureInfo.InvariantCulture, $"{Prefix}{channel.Channel.Id}:column:{column.Column.Id}"),
                    AlertSeverity.Warning,
                    owner,
                    l["Monitoring.Alert.ColumnTitle", channel.Channel.Name, column.Column.Name],
                    l["Monitoring.Alert.ColumnMessage", column.DaysSilent ?? 0, column.Limit ?? 0],
                    link));
            }
        }

        var result = await alerts.SyncAsync(Prefix, drafts, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{result.Holding} health alerts hold, {result.Raised} raised, {result.Resolved} resolved, as of {today:yyyy-MM-dd}");
    }
}
