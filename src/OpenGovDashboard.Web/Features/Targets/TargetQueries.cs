using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>Every target's actual, expected-by-now, projection and status on a day, from the rollups and the register.</summary>
public sealed class TargetQueries(
    IDbContextFactory<DashboardDbContext> dbFactory,
    PublishingQueries publishing,
    CalendarService calendarService,
    OrgUnitDirectory units)
{
    public async Task<IReadOnlyList<TargetProgressRow>> ProgressAsync(int? year, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Targets.AsNoTracking();
        if (year is { } y)
        {
            var start = new DateOnly(y, 1, 1);
            var end = new DateOnly(y, 12, 31);
            query = query.Where(t => t.PeriodStart <= end && t.PeriodEnd >= start);
        }

        var targets = await query.OrderBy(t => t.PeriodStart).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        var rows = new List<TargetProgressRow>(targets.Count);
        foreach (var target in targets)
        {
            var period = new TargetPeriod(target.Period, target.PeriodStart, target.PeriodEnd);
            var until = asOf < target.PeriodEnd ? asOf : target.PeriodEnd;
            var actual = until < target.PeriodStart ? 0 : await ActualAsync(db, target, until, cancellationToken);
            var progress = TargetProgress.Compute(target.Direction, target.Value, actual, period, asOf, calendar);
            rows.Add(new TargetProgressRow(
                target.Id,
                target.OrgUnitId is { } unitId ? tree.Find(unitId)?.Name : null,
                target.OrgUnitId,
                target.Metric,
                target.MetricKey,
                target.Period,
                target.Direction,
                target.Value,
                progress));
        }

        return rows;
    }

    private async Task<double> ActualAsync(DashboardDbContext db, Target target, DateOnly until, CancellationToken cancellationToken)
    {
        var from = target.PeriodStart;
        switch (target.Metric)
        {
            case TargetMetric.TrainingsHeld:
            case TargetMetric.TrainingAttendees:
            {
                var trainings = db.TrainingSessions.AsNoTracking().Where(t => t.HeldOn >= from && t.HeldOn <= until);
                if (target.OrgUnitId is { } unitId)
                {
                    var subtree = (await units.GetAsync(cancellationToken)).SubtreeOf(unitId).ToList();
                    trainings = trainings.Where(t => t.OrganiserOrgUnitId != null && subtree.Contains(t.OrganiserOrgUnitId.Value));
                }

                return target.Metric == TargetMetric.TrainingsHeld
                    ? await trainings.CountAsync(cancellationToken)
                    : await trainings.Where(t => t.Kind == TrainingKind.Training).SumAsync(t => t.Attendees, cancellationToken);
            }

            case TargetMetric.DaysSinceLastUpdate:
            {
                var key = target.MetricKey ?? "";
                var postings = db.Postings.AsNoTracking().Where(p => p.PublishedOn <= until);
                postings = key.StartsWith("column:", StringComparison.Ordinal) && int.TryParse(key[7..], NumberStyles.None, CultureInfo.InvariantCulture, out var columnId)
                    ? postings.Where(p => p.ColumnId == columnId)
                    : int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId) ? postings.Where(p => p.ChannelId == channelId) : postings.Where(p => false);
                var last = await postings.MaxAsync(p => (DateOnly?)p.PublishedOn, cancellationToken);
                return last is { } day ? until.DayNumber - day.DayNumber : until.DayNumber - from.DayNumber + 1;
            }

            default:
            {
                var groupBy = target.Metric switch
                {
                    TargetMetric.PostingsByChannel => SummaryGroupBy.Channel,
                    TargetMetric.PostingsByCategory => SummaryGroupBy.Category,
                    _ => SummaryGroupBy.ChannelKind,
                };
                var summary = await publishing.SummaryAsync(new SummaryRequest(from, until, groupBy, SummaryInterval.None, target.OrgUnitId), cancellationToken);
                if (target.Metric == TargetMetric.Postings)
                {
                    return summary.Groups.Sum(g => g.Count);
                }

                var wanted = target.Metric == TargetMetric.PostingsByChannel ? target.MetricKey : JsonNamingPolicy.CamelCase.ConvertName(target.MetricKey ?? "");
                return summary.Groups.Where(g => string.Equals(g.Key, wanted, StringComparison.OrdinalIgnoreCase)).Sum(g => g.Count);
            }
        }
    }
}

public sealed record TargetProgressRow(
    int TargetId, string? OrgUnit, int? OrgUnitId, TargetMetric Metric, string? MetricKey, string Period, TargetDirection Direction, double Target, TargetProgress Progress);
