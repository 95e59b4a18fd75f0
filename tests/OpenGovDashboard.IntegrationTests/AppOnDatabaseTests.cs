using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>The app started on a real database: migrations, bootstrap, the 罗甸 demo, health and the API door.</summary>
public abstract class AppOnDatabaseTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    protected TFixture Fixture { get; } = fixture;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryMigrationIsApplied()
    {
        Fixture.RequireDatabase();
        await using var db = Fixture.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancellation));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Cancellation));
    }

    [Fact]
    public async Task DemoPostingsSumToTheReportPerChannel()
    {
        Fixture.RequireDatabase();
        await using var db = Fixture.CreateDbContext();
        var perChannel = await db.Postings
            .Where(p => p.PublishedOn >= new DateOnly(2019, 1, 1) && p.PublishedOn <= new DateOnly(2019, 12, 31))
            .Join(db.Channels, p => p.ChannelId, c => c.Id, (p, c) => c.Name)
            .GroupBy(name => name)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Name, x => x.Count, Cancellation);

        Assert.Equal(10621, perChannel["罗甸县人民政府门户网站"]);
        Assert.Equal(115, perChannel["罗甸县人民政府网"]);
        Assert.Equal(2157, perChannel["山水湖城·玉都罗甸"]);
        Assert.Equal(768, perChannel["聚焦罗甸"]);
        Assert.Equal(103, perChannel["罗甸微政事"]);
        Assert.Equal(195, perChannel["贵州政务服务网罗甸县站点"]);
    }

    [Fact]
    public async Task DemoPortalPostingsSumToTheReportPerCategory()
    {
        Fixture.RequireDatabase();
        await using var db = Fixture.CreateDbContext();
        var perCategory = await db.Postings
            .Join(db.Columns, p => p.ColumnId, c => c.Id, (p, c) => c.Category)
            .GroupBy(c => c)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Category, x => x.Count, Cancellation);

        Assert.Equal(1154, perCategory[ColumnCategory.Overview]);
        Assert.Equal(4820, perCategory[ColumnCategory.News]);
        Assert.Equal(4647, perCategory[ColumnCategory.DisclosureCatalog]);
        Assert.Equal(10621, perCategory.Values.Sum());
    }

    [Fact]
    public async Task NoDemoPostingPrecedesItsChannelsOpening()
    {
        Fixture.RequireDatabase();
        await using var db = Fixture.CreateDbContext();
        var early = await db.Postings.Join(db.Channels, p => p.ChannelId, c => c.Id, (p, c) => new { p.PublishedOn, c.LaunchedOn })
            .CountAsync(x => x.PublishedOn < x.LaunchedOn, Cancellation);
        Assert.Equal(0, early);
        var firstOfGovWeChat = await db.Postings.Where(p => db.Channels.Any(c => c.Id == p.ChannelId && c.Name == "罗甸县人民政府网"))
            .MinAsync(p => p.PublishedOn, Cancellation);
        Assert.True(firstOfGovWeChat >= new DateOnly(2019, 6, 1));
    }

    [Fact]
    public async Task DemoRowsAreMarkedAsDemoAndTheSeedIsAudited()
    {
        Fixture.RequireDatabase();
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.Postings.AnyAsync(p => !p.IsDemo, Cancellation));
        Assert.False(await db.Channels.AnyAsync(c => !c.IsDemo, Cancellation));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "demo.seed", Cancellation));
        Assert.Equal(3, await db.TrainingSessions.CountAsync(Cancellation));
    }

    [Fact]
    public async Task HealthzAnswersHealthyWithoutAuthentication()
    {
        Fixture.RequireDatabase();
        using var client = Fixture.Factory.CreateClient();
        HttpResponseMessage? response = null;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            // The job server announces itself a moment after start-up.
            response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Cancellation);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(250, Cancellation);
        }

        Assert.Equal(HttpStatusCode.OK, response!.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("Password", body.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ChannelsApiRefusesCallersWithoutAValidKey()
    {
        Fixture.RequireDatabase();
        using var client = Fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var anonymous = await client.GetAsync(new Uri("/api/v1/channels", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        client.DefaultRequestHeaders.Add("X-Api-Key", "ogd_not-a-real-key");
        var wrongKey = await client.GetAsync(new Uri("/api/v1/channels", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
    }

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("Bearer")]
    public async Task ChannelsApiListsTheDemoChannelsWithAKey(string how)
    {
        Fixture.RequireDatabase();
        using var client = Fixture.Factory.CreateClient();
        if (how == "Bearer")
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DashboardAppFactory.AdminApiKey);
        }
        else
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        }

        var channels = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/channels", UriKind.Relative), Cancellation);
        Assert.Equal(6, channels.GetArrayLength());
        var byName = channels.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("portal", byName["罗甸县人民政府门户网站"].GetProperty("kind").GetString());
        Assert.Equal("weChat", byName["罗甸县人民政府网"].GetProperty("kind").GetString());
        Assert.Equal("weibo", byName["罗甸微政事"].GetProperty("kind").GetString());
        Assert.Equal("otherNewMedia", byName["聚焦罗甸"].GetProperty("kind").GetString());
        Assert.Equal("govServiceSite", byName["贵州政务服务网罗甸县站点"].GetProperty("kind").GetString());
        Assert.True(byName["罗甸县人民政府门户网站"].GetProperty("ownerOrgUnitId").GetInt32() > 0);
        var columns = byName["罗甸县人民政府门户网站"].GetProperty("columns").EnumerateArray().ToList();
        Assert.True(columns.Count >= 9);
        Assert.Contains(columns, c => c.GetProperty("name").GetString() == "政策文件"
            && c.GetProperty("category").GetString() == "disclosureCatalog"
            && c.GetProperty("updateClass").GetString() == "sixMonths");
        Assert.Contains(columns, c => c.GetProperty("updateClass").GetString() == "twoWeeks");
    }

    [Fact]
    public async Task BootstrapCreatesTheAdminAndStoresTheApiKeyHashedOnly()
    {
        Fixture.RequireDatabase();
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByNameAsync("admin");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, DashboardAppFactory.AdminPassword));

        await using var db = Fixture.CreateDbContext();
        var key = await db.ApiKeys.SingleAsync(Cancellation);
        Assert.Equal(ApiKeyRole.Admin, key.Role);
        Assert.NotEqual(DashboardAppFactory.AdminApiKey, key.Hash);
        Assert.Equal(ApiKeyHasher.Hash(DashboardAppFactory.AdminApiKey), key.Hash);
    }

    [Fact]
    public async Task PagesRedirectAnonymousVisitorsToTheChineseSignInPage()
    {
        Fixture.RequireDatabase();
        using var client = Fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var login = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Cancellation);
        Assert.Contains("登录", login, StringComparison.Ordinal);
        Assert.Contains("政务公开数据看板", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartingAgainOnTheSameDatabaseSeedsNothingTwice()
    {
        Fixture.RequireDatabase();
        await using var db = Fixture.CreateDbContext();
        var before = await db.Postings.CountAsync(Cancellation);
        await using (var again = new DashboardAppFactory(Fixture.Database.Provider, Fixture.Database.ConnectionString))
        {
            _ = again.Server;
        }

        Assert.Equal(before, await db.Postings.CountAsync(Cancellation));
        Assert.Equal(1, await db.Users.CountAsync(Cancellation));
        Assert.Equal(1, await db.OrgUnits.CountAsync(u => u.ParentId == null, Cancellation));
    }
}

public sealed class SqliteAppTests(SqliteAppFixture fixture) : AppOnDatabaseTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlAppTests(PostgreSqlAppFixture fixture) : AppOnDatabaseTests<PostgreSqlAppFixture>(fixture);
