using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// A 部门填报员 reads their own unit's channels on /monitoring and nothing of another unit's: not its health, not its gaps
/// (whatever channel id is asked for), not its sources' names and error texts. Leaders and 访客 read the county's.
/// </summary>
public abstract class MonitoringScopeTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly DateOnly AsOf = new(2019, 12, 31);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADepartmentEditorSeesOnlyTheirOwnUnitsChannelsGapsAndSourceRuns()
    {
        fixture.RequireDatabase();
        int education, health, ownChannel, otherChannel;
        await using (var db = fixture.CreateDbContext())
        {
            education = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
            health = await db.OrgUnits.Where(u => u.Name == "罗甸县卫生健康局").Select(u => u.Id).SingleAsync(Cancellation);
            var own = new Channel { Name = "范围-教育局网站", Kind = ChannelKind.Portal, OwnerOrgUnitId = education, LaunchedOn = new DateOnly(2019, 1, 1) };
            var other = new Channel { Name = "范围-卫健局网站", Kind = ChannelKind.Portal, OwnerOrgUnitId = health, LaunchedOn = new DateOnly(2019, 1, 1) };
            db.Channels.AddRange(own, other);
            await db.SaveChangesAsync(Cancellation);
            (ownChannel, otherChannel) = (own.Id, other.Id);
            foreach (var (name, channel) in new[] { ("范围-教育局源", own.Id), ("范围-卫健局源", other.Id) })
            {
                db.MonitoringSources.Add(new MonitoringSource { Name = name, ChannelId = channel, Kind = ConnectorKind.Rss, Url = "https://example.gov.cn/rss", Enabled = false, UpdatedAtUtc = DateTime.UtcNow });
                db.ConnectorRuns.Add(new ConnectorRun
                {
                    SourceKey = name, ChannelId = channel, Kind = ConnectorKind.Rss, Trigger = ConnectorRunTrigger.Schedule, StartedAtUtc = DateTime.UtcNow, FinishedAtUtc = DateTime.UtcNow,
                    Attempts = 3, ErrorCode = "http:503", ErrorMessage = name + " 内部错误详情",
                });
            }

            await db.SaveChangesAsync(Cancellation);
        }

        using var scope = fixture.Factory.Services.CreateScope();
        var scopes = scope.ServiceProvider.GetRequiredService<UnitScopeService>();
        var queries = scope.ServiceProvider.GetRequiredService<ChannelHealthQueries>();
        var sources = scope.ServiceProvider.GetRequiredService<MonitoringSourceQueries>();

        var editor = await scopes.ForAsync(TestPrincipals.As("editor-edu", Roles.DepartmentEditor, education), Cancellation);
        var channels = (await queries.AssessAsync(AsOf, editor, Cancellation)).Select(c => c.Channel.Id).ToList();
        Assert.Contains(ownChannel, channels);
        Assert.DoesNotContain(otherChannel, channels);
        await using (var db = fixture.CreateDbContext())
        {
            var owners = await db.Channels.Where(c => channels.Contains(c.Id)).Select(c => c.OwnerOrgUnitId).ToListAsync(Cancellation);
            Assert.All(owners, o => Assert.True(editor.Covers(o)));
        }

        Assert.NotEmpty(await queries.GapsAsync(editor, ownChannel, AsOf, 5, Cancellation));
        Assert.Empty(await queries.GapsAsync(editor, otherChannel, AsOf, 5, Cancellation));
        Assert.Empty(await queries.GapsAsync(UnitScope.Nothing, ownChannel, AsOf, 5, Cancellation));

        var runs = await sources.LatestByChannelAsync(editor, Cancellation);
        Assert.Equal(["范围-教育局源"], runs[ownChannel].Select(r => r.SourceKey));
        Assert.False(runs.ContainsKey(otherChannel));
        Assert.DoesNotContain(runs.Values.SelectMany(r => r), r => r.ErrorMessage!.Contains("卫健局", StringComparison.Ordinal));

        // 领导 and 访客 read every unit (docs/design.md "Roles": all units, read only).
        foreach (var role in new[] { Roles.Leader, Roles.Viewer })
        {
            var countyWide = await scopes.ForAsync(TestPrincipals.As("reader-" + role, role), Cancellation);
            Assert.Contains(otherChannel, (await queries.AssessAsync(AsOf, countyWide, Cancellation)).Select(c => c.Channel.Id));
            Assert.NotEmpty(await queries.GapsAsync(countyWide, otherChannel, AsOf, 5, Cancellation));
            Assert.Equal(["范围-卫健局源"], (await sources.LatestByChannelAsync(countyWide, Cancellation))[otherChannel].Select(r => r.SourceKey));
        }
    }
}

public sealed class SqliteMonitoringScopeTests(SqliteAppFixture fixture) : MonitoringScopeTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlMonitoringScopeTests(PostgreSqlAppFixture fixture) : MonitoringScopeTests<PostgreSqlAppFixture>(fixture);
