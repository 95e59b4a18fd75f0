using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// The availability window (19号: one week up to the day) and each channel's scheduled probes in it: the one count behind
/// the verdict, the monitoring page, the sheet, the alerts and the admin's probe list. Manual probes (立即探测) stay out.
/// </summary>
internal static class ProbeWindow
{
    public static async Task<Dictionary<int, AvailabilityFacts>> CountAsync(DashboardDbContext db, DateOnly asOf, int windowDays, CancellationToken cancellationToken)
    {
        var from = asOf.AddDays(1 - Math.Max(1, windowDays));
        return await db.ProbeResults.AsNoTracking()
            .Where(r => r.Trigger == ProbeTrigger.Schedule && r.ProbedOn >= from && r.ProbedOn <= asOf)
            .GroupBy(r => r.ChannelId)
            .Select(g => new { ChannelId = g.Key, Probes = g.Count(), Failures = g.Count(r => r.Failed) })
            .ToDictionaryAsync(g => g.ChannelId, g => new AvailabilityFacts(g.Probes, g.Failures), cancellationToken);
    }
}
