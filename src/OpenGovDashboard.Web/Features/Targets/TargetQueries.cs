using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>
/// Every target's actual, expected-by-now, projection and status on a day, from the rollups and the registers, with the
/// leading group's thresholds. A department editor sees the county's targets and its own units', not other units'.
/// </summary>
public sealed class TargetQueries(
    IDbContextFactory<DashboardDbContext> dbFactory,
    PublishingQueries publishing,
    CalendarService calendarService,
    AssessmentSettingsStore settingsStore,
    Requests.RequestQueries requests,
    OrgUnitDirectory units)
{
    public async Task<IReadOnlyList<TargetProgressRow>> ProgressAsync(UnitScope scope, int? year, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await TargetsOfAsync(db, year, cancellationToken);
        var settings = await settingsStore.GetAsync(cancellationToken);
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        var rows = new List<TargetProgressRow>(targets.Count);
        foreach (var target in targets.Where(t => t.OrgUnitId is null || scope.Covers(t.OrgUnitId)))
        {
            var until = asOf < target.PeriodEnd ? asOf : target.PeriodEnd;
            var actual = until < target.PeriodStart ? 0 : await ActualAsync(db, target, until, cancellationToken);
            rows.Add(Row(target, tree, Progress(target, actual, asOf, calendar, settings)));
        }

        return rows;
    }

    /// <summary>One target's progress on a day (its row), without measuring every other target.</summary>
    public async Task<TargetProgressRow> ProgressOfAsync(Target target, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await settingsStore.GetAsync(cancellationToken);
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var until = asOf < target.PeriodEnd ? asOf : target.PeriodEnd;
        var actual = until < target.PeriodStart ? 0 : await ActualAsync(db, target, until, cancellationToken);
        return Row(target, await units.GetAsync(cancellationToken), Progress(target, actual, asOf, calendar, settings));
    }

    /// <summary>The values set for one period and metric, by unit — what the bulk editor starts from (no progress measured).</summary>
    public async Task<IReadOnlyDictionary<int, double>> UnitValuesAsync(string period, TargetMetric metric, string? key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Targets.AsNoTracking()
            .Where(t => t.Period == period && t.Metric == metric && t.MetricKey == key && t.OrgUnitId != null)
            .ToDictionaryAsync(t => t.OrgUnitId!.Value, t => t.Value, cancellationToken);
    }

    /// <summary>The targets of a year (every period that overlaps it), in a stable order.</summary>
    internal static async Task<List<Target>> TargetsOfAsync(DashboardDbContext db, int? year, CancellationToken cancellationToken)
    {
        var query = db.Targets.AsNoTracking();
        if (year is { } y)
        {
            var start = new DateOnly(y, 1, 1);
            var end = new DateOnly(y, 12, 31);
            query = query.Where(t => t.PeriodStart <= end && t.PeriodEnd >= start);
        }

        return await query.OrderBy(t => t.PeriodStart).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }

    internal static TargetProgress Progress(Target target, double actual, DateOnly asOf, WorkingDayCalendar calendar, AssessmentSettings settings) =>
        TargetProgress.Compute(target.Direction, target.Value, actual, new TargetPeriod(target.Period, target.PeriodStart, target.PeriodEnd),
            asOf, calendar, settings.AtRiskBelow, settings.BehindBelow, level: target.Metric == TargetMetric.RequestsAnsweredOnTime);

    internal static TargetProgressRow Row(Target target, OrgUnitTree tree, TargetProgress progress) => new(
        target.Id,
        target.OrgUnitId is { } unitId ? tree.Find(unitId)?.Name : null,
        target.OrgUnitId,
        target.Metric,
        target.MetricKey,
        target.Period,
        target.Direction,
        target.Value,
        progress);

    /// <summary>
    /// The target's actual at the end of every day from its period's start to <paramref name="until"/> (cumulative for
    /// counts; days silent for a ceiling) — one query per target, for the snapshot job's back-fill.
    /// </summary>
    public async Task<IReadOnlyDictionary<DateOnly, double>> DailyActualsAsync(Target target, DateOnly until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var result = new Dictionary<DateOnly, double>();
        var from = target.PeriodStart;
        if (until < from)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (target.Metric == TargetMetric.DaysSinceLastUpdate)
        {
            var postings = PostingsOf(db, target.MetricKey).Where(p => p.PublishedOn <= until);
            var before = await postings.Where(p => p.PublishedOn < from).MaxAsync(p => (DateOnly?)p.PublishedOn, cancellationToken);
            var days = (await postings.Where(p => p.PublishedOn >= from).Select(p => p.PublishedOn).Distinct().ToListAsync(cancellationToken)).ToHashSet();
            var last = before;
            for (var day = from; day <= until; day = day.AddDays(1))
            {
                if (days.Contains(day))
                {
                    last = day;
                }

                result[day] = last is { } l ? day.DayNumber - l.DayNumber : day.DayNumber - from.DayNumber + 1;
            }

            return result;
        }

        if (target.Metric == TargetMetric.RequestsAnsweredOnTime)
        {
            var answers = await AnswersAsync(target, until, cancellationToken);
            for (var day = from; day <= until; day = day.AddDays(1))
            {
                result[day] = OnTimeRate(answers.Where(a => a.On <= day));
            }

            return result;
        }

        Dictionary<DateOnly, double> perDay;
        if (target.Metric is TargetMetric.TrainingsHeld or TargetMetric.TrainingAttendees)
        {
            var sessions = await (await TrainingsOfAsync(db, target, until, cancellationToken)).Select(t => new { t.HeldOn, t.Kind, t.Attendees }).ToListAsync(cancellationToken);
            perDay = sessions
                .Where(s => target.Metric == TargetMetric.TrainingsHeld || s.Kind == TrainingKind.Training)
                .GroupBy(s => s.HeldOn)
                .ToDictionary(g => g.Key, g => target.Metric == TargetMetric.TrainingsHeld ? g.Count() : (double)g.Sum(s => s.Attendees));
        }
        else
        {
            var summary = await publishing.SummaryAsync(new SummaryRequest(from, until, GroupOf(target), SummaryInterval.Day, target.OrgUnitId), cancellationToken);
            var wanted = KeyOf(target);
            perDay = summary.Groups
                .Where(g => wanted is null || string.Equals(g.Key, wanted, StringComparison.OrdinalIgnoreCase))
                .SelectMany(g => g.Series ?? [])
                .GroupBy(p => p.Period)
                .ToDictionary(g => g.Key, g => (double)g.Sum(p => p.Count));
        }

        double running = 0;
        for (var day = from; day <= until; day = day.AddDays(1))
        {
            running += perDay.GetValueOrDefault(day);
            result[day] = running;
        }

        return result;
    }

    private async Task<double> ActualAsync(DashboardDbContext db, Target target, DateOnly until, CancellationToken cancellationToken)
    {
        var from = target.PeriodStart;
        switch (target.Metric)
        {
            case TargetMetric.TrainingsHeld:
                return await (await TrainingsOfAsync(db, target, until, cancellationToken)).CountAsync(cancellationToken);
            case TargetMetric.TrainingAttendees:
                return await (await TrainingsOfAsync(db, target, until, cancellationToken)).Where(t => t.Kind == TrainingKind.Training)
                    .SumAsync(t => t.Attendees, cancellationToken);
            case TargetMetric.RequestsAnsweredOnTime:
                return OnTimeRate(await AnswersAsync(target, until, cancellationToken));
            case TargetMetric.DaysSinceLastUpdate:
            {
                var last = await PostingsOf(db, target.MetricKey).Where(p => p.PublishedOn <= until).MaxAsync(p => (DateOnly?)p.PublishedOn, cancellationToken);
                return last is { } day ? until.DayNumber - day.DayNumber : until.DayNumber - from.DayNumber + 1;
            }

            default:
            {
                var summary = await publishing.SummaryAsync(new SummaryRequest(from, until, GroupOf(target), SummaryInterval.None, target.OrgUnitId), cancellationToken);
                var wanted = KeyOf(target);
                return summary.Groups.Where(g => wanted is null || string.Equals(g.Key, wanted, StringComparison.OrdinalIgnoreCase)).Sum(g => g.Count);
            }
        }
    }

    /// <summary>The requests of the target's unit answered in its period up to <paramref name="until"/>: the day and whether on time.</summary>
    private async Task<List<(DateOnly On, bool OnTime)>> AnswersAsync(Target target, DateOnly until, CancellationToken cancellationToken)
    {
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var all = await requests.DomainRequestsAsync(until.Year, target.OrgUnitId, cancellationToken);
        return [.. all
            .Where(r => r.Answer is { } a && a.On >= target.PeriodStart && a.On <= until)
            .Select(r => (r.Answer!.On, Domain.Requests.RequestDeadlineEngine.Compute(r, calendar, r.Answer.On, requests.Settings).Status == Domain.Requests.RequestStatus.AnsweredOnTime))];
    }

    /// <summary>Answered on time as a percentage; with nothing answered yet nothing was late: 100.</summary>
    private static double OnTimeRate(IEnumerable<(DateOnly On, bool OnTime)> answers)
    {
        var list = answers.ToList();
        return list.Count == 0 ? 100 : Math.Round(100.0 * list.Count(a => a.OnTime) / list.Count, 1);
    }

    private async Task<IQueryable<TrainingSession>> TrainingsOfAsync(DashboardDbContext db, Target target, DateOnly until, CancellationToken cancellationToken)
    {
        var trainings = db.TrainingSessions.AsNoTracking().Where(t => t.HeldOn >= target.PeriodStart && t.HeldOn <= until);
        if (target.OrgUnitId is { } unitId)
        {
            var subtree = (await units.GetAsync(cancellationToken)).SubtreeOf(unitId).ToList();
            trainings = trainings.Where(t => t.OrganiserOrgUnitId != null && subtree.Contains(t.OrganiserOrgUnitId.Value));
        }

        return trainings;
    }

    private static IQueryable<Posting> PostingsOf(DashboardDbContext db, string? key)
    {
        key ??= "";
        var postings = db.Postings.AsNoTracking();
        return key.StartsWith("column:", StringComparison.Ordinal) && int.TryParse(key[7..], NumberStyles.None, CultureInfo.InvariantCulture, out var columnId)
            ? postings.Where(p => p.ColumnId == columnId)
            : int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId) ? postings.Where(p => p.ChannelId == channelId) : postings.Where(p => false);
    }

    private static SummaryGroupBy GroupOf(Target target) => target.Metric switch
    {
        TargetMetric.PostingsByChannel => SummaryGroupBy.Channel,
        TargetMetric.PostingsByCategory => SummaryGroupBy.Category,
        _ => SummaryGroupBy.ChannelKind,
    };

    /// <summary>The summary group a posting target counts; null for all of them.</summary>
    private static string? KeyOf(Target target) => target.Metric switch
    {
        TargetMetric.Postings => null,
        TargetMetric.PostingsByChannel => target.MetricKey,
        _ => JsonNamingPolicy.CamelCase.ConvertName(target.MetricKey ?? ""),
    };
}

public sealed record TargetProgressRow(
    int TargetId, string? OrgUnit, int? OrgUnitId, TargetMetric Metric, string? MetricKey, string Period, TargetDirection Direction, double Target, TargetProgress Progress);
