using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>Writes the 罗甸 demo into an empty database, in one transaction, once.</summary>
public sealed class LuodianDemoSeeder(
    IDbContextFactory<DashboardDbContext> factory,
    IOptions<DemoOptions> options,
    AuditLog audit,
    TimeProvider clock,
    ILogger<LuodianDemoSeeder> logger)
{
    public async Task SeedIfEnabledAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled != true)
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.OrgUnits.AnyAsync(cancellationToken))
        {
            // A demo database from before the request register: give it the register's 2019 requests once.
            if (await db.Postings.AnyAsync(p => p.IsDemo, cancellationToken))
            {
                var ids = await db.OrgUnits.ToDictionaryAsync(u => u.Name, u => u.Id, cancellationToken);
                var at = clock.GetUtcNow().UtcDateTime;
                if (!await db.Requests.AnyAsync(cancellationToken))
                {
                    var added = AddDemoRequests(db, ids, at);
                    audit.Add(db, "system", "demo.seed", summary: $"requests={added.Count}");
                }

                if (!await db.Article20Values.AnyAsync(cancellationToken) && !await db.YearlyIndicators.AnyAsync(cancellationToken))
                {
                    db.Article20Values.AddRange(LuodianDemoReportFigures.Article20Values(ids[LuodianDemoData.County], at));
                    db.YearlyIndicators.AddRange(LuodianDemoReportFigures.YearlyIndicators(ids[LuodianDemoData.County], at));
                    audit.Add(db, "system", "demo.seed", summary: "article20 and yearly indicators of 2019");
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            return;
        }

        logger.LogInformation("Seeding the 罗甸 2019 demo county");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var units = LuodianDemoData.BuildOrgUnits();
        var channels = LuodianDemoData.BuildChannels(units);
        db.OrgUnits.AddRange(units);
        db.Channels.AddRange(channels);
        await db.SaveChangesAsync(cancellationToken);

        var unitIds = units.ToDictionary(u => u.Name, u => u.Id);
        var channelIds = channels.ToDictionary(c => c.Name, c => c.Id);
        var columnIds = channels.SelectMany(c => c.Columns).ToDictionary(c => (c.ChannelId, c.Name), c => c.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var postings = LuodianDemoData.BuildPostings();
        foreach (var p in postings)
        {
            var channelId = channelIds[p.Channel];
            db.Postings.Add(new Posting
            {
                ChannelId = channelId,
                ColumnId = p.Column is null ? null : columnIds[(channelId, p.Column)],
                OrgUnitId = p.OrgUnit is null ? null : unitIds[p.OrgUnit],
                Title = p.Title,
                Url = p.Url,
                PublishedAtUtc = p.PublishedAtUtc,
                PublishedOn = p.PublishedOn,
                ExternalId = p.ExternalId,
                CreatedAtUtc = now,
                IsDemo = true,
            });
        }

        var trainings = LuodianDemoData.BuildTrainings();
        foreach (var (session, organiser) in trainings)
        {
            session.OrganiserOrgUnitId = unitIds[organiser];
            db.TrainingSessions.Add(session);
        }

        var targets = BuildTargets(postings, trainings.Select(t => t.Session).ToList(), channels, unitIds, now);
        db.Targets.AddRange(targets);

        var requests = AddDemoRequests(db, unitIds, now);
        db.Article20Values.AddRange(LuodianDemoReportFigures.Article20Values(unitIds[LuodianDemoData.County], now));
        db.YearlyIndicators.AddRange(LuodianDemoReportFigures.YearlyIndicators(unitIds[LuodianDemoData.County], now));

        audit.Add(db, "system", "demo.seed", summary:
            $"units={units.Count}; channels={channels.Count}; postings={postings.Count}; trainings={trainings.Count}; targets={targets.Count}; requests={requests.Count}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The reference report's seven 2019 requests (<see cref="LuodianDemoRequests"/>) as register rows.</summary>
    private static IReadOnlyList<Domain.Requests.DisclosureRequest> AddDemoRequests(DashboardDbContext db, Dictionary<string, int> unitIds, DateTime now)
    {
        var requests = LuodianDemoRequests.Build();
        foreach (var request in requests)
        {
            var row = new Domain.Requests.RegisteredRequest
            {
                Reference = request.Reference,
                Subject = request.Subject,
                ApplicantType = request.ApplicantType,
                HandlingOrgUnitId = unitIds[request.HandlingUnit],
                CreatedAtUtc = now,
                CreatedBy = "system",
                IsDemo = true,
                Steps = [.. request.Events.Select((e, i) => Domain.Requests.RequestMapping.ToStep(e, i))],
            };
            foreach (var step in row.Steps)
            {
                step.RecordedAtUtc = now;
                step.RecordedBy = "system";
            }

            Domain.Requests.RequestMapping.Denormalise(row, request);
            db.Requests.Add(row);
        }

        return requests;
    }

    /// <summary>
    /// The leading group's 2019 targets — set so that, as of 2019-12-31, most are met and some are not (WeChat,
    /// Weibo, 教育局, 龙坪镇) — and 2020's, derived as 2019's actual plus 10 %.
    /// </summary>
    private static List<Target> BuildTargets(
        IReadOnlyList<DemoPosting> postings, List<TrainingSession> trainings, IReadOnlyList<Channel> channels, Dictionary<string, int> unitIds, DateTime now)
    {
        var kinds = channels.ToDictionary(c => c.Name, c => c.Kind);
        var newsColumn = channels.SelectMany(c => c.Columns).Single(c => c.Name == "罗甸要闻");
        var categories = channels.SelectMany(c => c.Columns).ToDictionary(c => c.Name, c => c.Category);
        int ByKind(ChannelKind kind) => postings.Count(p => kinds[p.Channel] == kind);
        int ByUnit(string unit) => postings.Count(p => p.OrgUnit == unit);

        var rows = new (int? Unit, TargetMetric Metric, string? Key, double Target2019, double Actual2019, TargetDirection Direction)[]
        {
            (null, TargetMetric.Postings, null, 13_000, postings.Count, TargetDirection.AtLeast),
            (null, TargetMetric.PostingsByChannelKind, nameof(ChannelKind.Portal), 10_000, ByKind(ChannelKind.Portal), TargetDirection.AtLeast),
            (null, TargetMetric.PostingsByChannelKind, nameof(ChannelKind.WeChat), 2_500, ByKind(ChannelKind.WeChat), TargetDirection.AtLeast),
            (null, TargetMetric.PostingsByChannelKind, nameof(ChannelKind.Weibo), 150, ByKind(ChannelKind.Weibo), TargetDirection.AtLeast),
            (null, TargetMetric.PostingsByCategory, nameof(ColumnCategory.News), 4_800, postings.Count(p => p.Column is { } c && categories[c] == ColumnCategory.News), TargetDirection.AtLeast),
            (null, TargetMetric.TrainingsHeld, null, 3, trainings.Count, TargetDirection.AtLeast),
            (null, TargetMetric.TrainingAttendees, null, 150, trainings.Where(t => t.Kind == TrainingKind.Training).Sum(t => t.Attendees), TargetDirection.AtLeast),
            (null, TargetMetric.DaysSinceLastUpdate, "column:" + newsColumn.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), 14, 0, TargetDirection.AtMost),
            (null, TargetMetric.RequestsAnsweredOnTime, null, 100, 100, TargetDirection.AtLeast),
            (unitIds["罗甸县教育局"], TargetMetric.Postings, null, 400, ByUnit("罗甸县教育局"), TargetDirection.AtLeast),
            (unitIds["罗甸县公安局"], TargetMetric.Postings, null, 300, ByUnit("罗甸县公安局"), TargetDirection.AtLeast),
            (unitIds["龙坪镇"], TargetMetric.Postings, null, 800, ByUnit("龙坪镇"), TargetDirection.AtLeast),
        };

        var targets = new List<Target>();
        foreach (var row in rows)
        {
            targets.Add(NewTarget("2019", 2019, row.Unit, row.Metric, row.Key, row.Target2019, row.Direction, now));
            // Ceilings and rates carry over as they were; counts grow 10 % on 2019's actual.
            var next = row.Direction == TargetDirection.AtMost || row.Metric == TargetMetric.RequestsAnsweredOnTime ? row.Target2019 : Math.Ceiling(row.Actual2019 * 1.1);
            targets.Add(NewTarget("2020", 2020, row.Unit, row.Metric, row.Key, next, row.Direction, now));
        }

        return targets;
    }

    private static Target NewTarget(string period, int year, int? unit, TargetMetric metric, string? key, double value, TargetDirection direction, DateTime now) => new()
    {
        Period = period,
        PeriodStart = new DateOnly(year, 1, 1),
        PeriodEnd = new DateOnly(year, 12, 31),
        OrgUnitId = unit,
        Metric = metric,
        MetricKey = key,
        Value = value,
        Direction = direction,
        CreatedAtUtc = now,
        CreatedBy = "demo",
        IsDemo = true,
    };
}
