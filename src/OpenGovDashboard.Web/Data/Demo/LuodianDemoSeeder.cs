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

        audit.Add(db, "system", "demo.seed", summary:
            $"units={units.Count}; channels={channels.Count}; postings={postings.Count}; trainings={trainings.Count}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
