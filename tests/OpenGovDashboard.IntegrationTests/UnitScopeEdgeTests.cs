using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Administration;
using OpenGovDashboard.Web.Features.Alerts;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// The edges of "a department reaches nothing of another": one unit's posting breakdown, an editor with no unit, an alert
/// whose channel changed hands, and a signed-in user whose role, unit or lock changed while their pages are open.
/// </summary>
public sealed class UnitScopeEdgeTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AUnitKeySeesCountyTotalsAndTheRankingButNotAnotherUnitsBreakdown()
    {
        using var education = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, "罗甸县教育局", Cancellation);
        foreach (var allowed in new[] { "groupBy=channel", "groupBy=orgUnit", "groupBy=column&orgUnit=" + Uri.EscapeDataString("罗甸县教育局") })
        {
            using var response = await education.GetAsync(new Uri("/api/v1/postings/summary?from=2019-01-01&to=2019-12-31&" + allowed, UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var refused = await education.GetAsync(
            new Uri("/api/v1/postings/summary?from=2019-01-01&to=2019-12-31&groupBy=column&interval=month&orgUnit=" + Uri.EscapeDataString(LuodianDemoData.CountyOffice), UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AnEditorWithoutAUnitWritesNoPosting()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<PostingIngestion>();
        var input = new PostingInput { Channel = LuodianDemoData.Portal, Title = "无单位的填报员", PublishedAt = new DateTimeOffset(2019, 12, 20, 9, 0, 0, TimeSpan.FromHours(8)) };
        await Assert.ThrowsAsync<UnitScopeViolationException>(() => ingestion.IngestAsync(UnitScope.Nothing, "nobody", "test", [input], null, Cancellation));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Postings.AnyAsync(p => p.Title == "无单位的填报员", Cancellation));
    }

    [Fact]
    public async Task AnOpenAlertFollowsItsChannelToTheNewOwnerWithoutBeingRaisedAgainOrRewritten()
    {
        var (education, finance) = await TwoDepartmentsAsync();

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var alerts = scope.ServiceProvider.GetRequiredService<AlertService>();
        AlertDraft Draft(int unit, string days) => new("edge-test:1", AlertSeverity.Error, unit, "账号未更新", $"已 {days} 天未更新", "/monitoring");
        Assert.Equal(1, (await alerts.SyncAsync("edge-test:", [Draft(education, "15")], Cancellation)).Raised);
        DateTime raisedAt;
        await using (var db = fixture.CreateDbContext())
        {
            raisedAt = await db.Alerts.Where(a => a.Key == "edge-test:1").Select(a => a.RaisedAtUtc).SingleAsync(Cancellation);
        }

        var moved = await alerts.SyncAsync("edge-test:", [Draft(finance, "16")], Cancellation);
        Assert.Equal(0, moved.Raised);
        Assert.DoesNotContain(await alerts.OpenForAsync(new UnitScope(false, education, new HashSet<int> { education }), false, Cancellation), a => a.Key == "edge-test:1");
        var seen = Assert.Single(await alerts.OpenForAsync(new UnitScope(false, finance, new HashSet<int> { finance }), false, Cancellation), a => a.Key == "edge-test:1");
        Assert.Equal(("已 15 天未更新", raisedAt), (seen.Message, seen.RaisedAtUtc));
    }

    [Fact]
    public async Task ASignedInUsersSessionEndsWhenTheirRoleUnitOrLockChanges()
    {
        var (education, finance) = await TwoDepartmentsAsync();

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var identity = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        Assert.True((await admin.CreateAsync("admin", new UserInput { UserName = "edge-editor", Role = Roles.DepartmentEditor, OrgUnitId = education }, "Edge-editor-2019", Cancellation)).Succeeded);
        var user = (await users.FindByNameAsync("edge-editor"))!;

        async Task<System.Security.Claims.ClaimsPrincipal> SignInAsync()
        {
            await using var fresh = fixture.Factory.Services.CreateAsyncScope();
            var manager = fresh.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            return await fresh.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync((await manager.FindByIdAsync(user.Id))!);
        }
        // Each check in a scope of its own, as the circuit's provider does: a scope's UserManager remembers the user it read.
        async Task<bool> CurrentAsync(System.Security.Claims.ClaimsPrincipal principal)
        {
            await using var check = fixture.Factory.Services.CreateAsyncScope();
            return await SecurityStampRevalidatingStateProvider.IsCurrentAsync(check.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), identity, principal);
        }

        var session = await SignInAsync();
        Assert.True(await CurrentAsync(session));
        Assert.True(await CurrentAsync(session), "checking does not end a session by itself");

        // Moved to another unit: the page opened for the old unit signs out; a new sign-in carries the new unit.
        Assert.True((await admin.UpdateAsync("admin", user.Id, new UserInput { UserName = "edge-editor", Role = Roles.DepartmentEditor, OrgUnitId = finance }, Cancellation)).Succeeded);
        Assert.False(await CurrentAsync(session));
        session = await SignInAsync();
        Assert.True(await CurrentAsync(session));
        Assert.Equal(finance.ToString(System.Globalization.CultureInfo.InvariantCulture), session.FindFirst(DashboardClaims.OrgUnit)?.Value);

        // A new display name alone, or a few wrong passwords typed by someone else (the short lockout), end nothing.
        Assert.True((await admin.UpdateAsync("admin", user.Id, new UserInput { UserName = "edge-editor", DisplayName = "教育局填报员", Role = Roles.DepartmentEditor, OrgUnitId = finance }, Cancellation)).Succeeded);
        Assert.True(await CurrentAsync(session));
        await using (var lockout = fixture.Factory.Services.CreateAsyncScope())
        {
            var manager = lockout.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = (await manager.FindByIdAsync(user.Id))!;
            for (var i = 0; i < 5; i++)
            {
                await manager.AccessFailedAsync(stored);
            }

            Assert.True(await manager.IsLockedOutAsync(stored));
        }

        Assert.True(await CurrentAsync(session));

        // Made a viewer, then locked: each ends the session it had.
        Assert.True((await admin.UpdateAsync("admin", user.Id, new UserInput { UserName = "edge-editor", Role = Roles.Viewer }, Cancellation)).Succeeded);
        Assert.False(await CurrentAsync(session));
        session = await SignInAsync();
        Assert.True((await admin.SetLockedAsync("admin", user.Id, true, Cancellation)).Succeeded);
        Assert.False(await CurrentAsync(session));
    }

    [Fact]
    public async Task ALeaderOrAViewerEntersNothingWhateverTheCallerButALeaderGrantsAnExtension()
    {
        int education;
        await using (var db = fixture.CreateDbContext())
        {
            education = await db.OrgUnits.Where(u => u.Name == "罗甸县教育局").Select(u => u.Id).SingleAsync(Cancellation);
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var scopes = services.GetRequiredService<UnitScopeService>();
        var leader = TestPrincipals.As("县领导", Roles.Leader);
        var leaderScope = await scopes.ForAsync(leader, Cancellation);
        var viewerScope = await scopes.ForAsync(TestPrincipals.As("viewer", Roles.Viewer), Cancellation);
        Assert.Equal((true, false, false), (leaderScope.IsCountyWide, leaderScope.MayWrite, viewerScope.MayWrite));
        Assert.True((await scopes.ForAsync(TestPrincipals.As("admin", Roles.Admin), Cancellation)).MayWrite);
        Assert.True((await scopes.ForAsync(TestPrincipals.As("edu", Roles.DepartmentEditor, education), Cancellation)).MayWrite);

        // The pages show readers no entry buttons; the commands refuse them anyway, whoever calls.
        var requests = services.GetRequiredService<Web.Features.Requests.RequestCommands>();
        var letter = new Web.Features.Requests.RequestInput
        {
            Subject = "领导代为登记的申请", ApplicantType = Web.Domain.Requests.ApplicantType.NaturalPerson, HandlingOrgUnitId = education,
            Channel = Web.Domain.Requests.ReceiptChannel.InPerson, ArrivedOn = new DateOnly(2019, 12, 16),
        };
        var before = await CountsAsync();
        foreach (var reader in new[] { leaderScope, viewerScope })
        {
            await Assert.ThrowsAsync<UnitScopeViolationException>(() => requests.RegisterAsync(reader, "reader", letter, Cancellation));
            await Assert.ThrowsAsync<UnitScopeViolationException>(() => services.GetRequiredService<Web.Features.Trainings.TrainingCommands>().AddAsync(reader, "reader",
                [new Web.Features.Trainings.TrainingInput { HeldOn = new DateOnly(2019, 12, 20), Kind = Web.Domain.TrainingKind.Training, Title = "领导录入的培训", Attendees = 30 }], Cancellation));
            await Assert.ThrowsAsync<UnitScopeViolationException>(() => services.GetRequiredService<PostingIngestion>().IngestAsync(reader, "reader", "test",
                [new PostingInput { Channel = LuodianDemoData.Portal, Title = "领导录入的信息", PublishedAt = new DateTimeOffset(2019, 12, 20, 9, 0, 0, TimeSpan.FromHours(8)) }], null, Cancellation));
            await Assert.ThrowsAsync<UnitScopeViolationException>(() => services.GetRequiredService<Web.Features.Requests.ReviewCaseCommands>().SaveAsync(reader, "reader", null,
                new Web.Features.Requests.ReviewCaseInput { Reference = "读者的复议", Kind = Web.Domain.Requests.ReviewCaseKind.AdministrativeReview, FiledOn = new DateOnly(2019, 12, 1) }, Cancellation));
        }

        Assert.Equal(before, await CountsAsync());

        // 延期 is the leader's decision: the one step a leader records, under their name; any other step is refused.
        var editor = TestPrincipals.As("edu", Roles.DepartmentEditor, education);
        var (registered, id) = await requests.RegisterAsync(await scopes.ForAsync(editor, Cancellation), "edu", letter, Cancellation);
        Assert.True(registered.Succeeded, string.Join("; ", registered.Errors));
        await Assert.ThrowsAsync<UnitScopeViolationException>(() => requests.AddStepAsync(leader, leaderScope, id!.Value,
            new Web.Features.Requests.RequestStepInput { Kind = Web.Domain.Requests.RequestStepKind.Answered, On = new DateOnly(2019, 12, 20), Result = Web.Domain.Requests.RequestResult.Disclosed }, Cancellation));
        var extended = await requests.AddStepAsync(leader, leaderScope, id!.Value,
            new Web.Features.Requests.RequestStepInput { Kind = Web.Domain.Requests.RequestStepKind.ExtensionGranted, On = new DateOnly(2019, 12, 27), WorkingDays = 20, Reason = "涉及多个部门，需会商" }, Cancellation);
        Assert.True(extended.Succeeded, string.Join("; ", extended.Errors));
        await using (var db = fixture.CreateDbContext())
        {
            var step = await db.RequestSteps.SingleAsync(s => s.RequestId == id.Value && s.Kind == Web.Domain.Requests.RequestStepKind.ExtensionGranted, Cancellation);
            Assert.Equal("县领导", step.ApprovedBy);
        }

        async Task<(int, int, int, int)> CountsAsync()
        {
            await using var db = fixture.CreateDbContext();
            return (await db.Requests.CountAsync(Cancellation), await db.TrainingSessions.CountAsync(Cancellation), await db.Postings.CountAsync(Cancellation), await db.ReviewCases.CountAsync(Cancellation));
        }
    }

    [Fact]
    public void OpenPagesAreCheckedEveryMinuteByDefault()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), new SessionOptions().RevalidationInterval);
        Assert.Equal(TimeSpan.FromMinutes(1), fixture.Factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
        using var scope = fixture.Factory.Services.CreateScope();
        Assert.IsType<SecurityStampRevalidatingStateProvider>(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>());
    }

    private async Task<(int First, int Second)> TwoDepartmentsAsync()
    {
        await using var db = fixture.CreateDbContext();
        var units = await db.OrgUnits.Where(u => u.ParentId != null).OrderBy(u => u.Id).Select(u => u.Id).Take(2).ToListAsync(Cancellation);
        return (units[0], units[1]);
    }
}
