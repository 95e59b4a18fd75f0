using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.IntegrationTests;

public sealed class ChannelApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnlyAnAdminMaintainsChannelsWhoeverCallsTheCommands()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<Web.Features.Channels.ChannelCommands>();
        int channel;
        await using (var db = fixture.CreateDbContext())
        {
            channel = await db.Channels.Select(c => c.Id).FirstAsync(Cancellation);
        }

        var input = new Web.Features.Channels.ChannelInput { Name = "越权新建的渠道", Kind = Web.Domain.ChannelKind.Weibo, LaunchedOn = new DateOnly(2019, 1, 1) };
        foreach (var user in new[] { TestPrincipals.As("leader", Roles.Leader), TestPrincipals.As("editor", Roles.DepartmentEditor, 1), TestPrincipals.As("viewer", Roles.Viewer) })
        {
            var (saved, id) = await commands.SaveAsync(user, null, input, Cancellation);
            Assert.Equal(("permission", (int?)null), (Assert.Single(saved.Errors).Field, id));
            Assert.Equal("permission", Assert.Single((await commands.SaveColumnAsync(user, channel, null, new Web.Features.Channels.ColumnInput { Name = "越权栏目" }, Cancellation)).Errors).Field);
            Assert.Equal("permission", Assert.Single((await commands.AddEventAsync(user, channel, new DateOnly(2019, 6, 1), Web.Domain.ChannelEventKind.Other, "越权事件", Cancellation)).Errors).Field);
        }

        await using var check = fixture.CreateDbContext();
        Assert.False(await check.Channels.AnyAsync(c => c.Name == "越权新建的渠道", Cancellation));
        Assert.False(await check.Columns.AnyAsync(c => c.Name == "越权栏目", Cancellation));
        Assert.True((await commands.SaveAsync(TestPrincipals.As("admin", Roles.Admin), null, input, Cancellation)).Result.Succeeded);
    }

    [Fact]
    public async Task AdminCreatesAChannelWithAnOpeningEventAndItIsListed()
    {
        using var client = Client(DashboardAppFactory.AdminApiKey);
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative),
            new { name = "罗甸应急管理", kind = "weChat", ownerOrgUnitId = 1, launchedOn = "2019-03-01" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("weChat", created.GetProperty("kind").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/channels", UriKind.Relative), Cancellation);
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("name").GetString() == "罗甸应急管理");
        await using var db = fixture.CreateDbContext();
        var id = created.GetProperty("id").GetInt32();
        Assert.True(await db.ChannelEvents.AnyAsync(e => e.ChannelId == id, Cancellation));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "channel.create" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture), Cancellation));
    }

    [Fact]
    public async Task ChannelNamesAreUniqueAndKindsAreChecked()
    {
        using var client = Client(DashboardAppFactory.AdminApiKey);
        var duplicate = await client.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative), new { name = "罗甸微政事", kind = "weibo" }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("\"field\":\"name\"", await duplicate.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var badKind = await client.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative), new { name = "某渠道", kind = "tiktok" }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("\"field\":\"kind\"", await badKind.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAdminsCreateChannels()
    {
        var key = ApiKeyHasher.NewKey();
        await using (var db = fixture.CreateDbContext())
        {
            db.ApiKeys.Add(new ApiKey { Name = "ingest", Prefix = "x", Hash = ApiKeyHasher.Hash(key), Role = ApiKeyRole.Ingest, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancellation);
        }

        using var client = Client(key);
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative), new { name = "不应创建", kind = "weibo" }, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private HttpClient Client(string key)
    {
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
