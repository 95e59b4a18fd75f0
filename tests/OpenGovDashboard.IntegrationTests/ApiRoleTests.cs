using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// API keys against the roles of docs/design.md: Admin (everything), Ingest (writes within its unit scope),
/// ReadOnly (every GET); a key never exceeds its scope, whatever unit it names.
/// </summary>
public sealed class ApiRoleTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<ApiKeyRole, string, HttpStatusCode> ReadCases => new()
    {
        { ApiKeyRole.Admin, "/api/v1/channels", HttpStatusCode.OK },
        { ApiKeyRole.ReadOnly, "/api/v1/channels", HttpStatusCode.OK },
        { ApiKeyRole.Ingest, "/api/v1/channels", HttpStatusCode.Forbidden },
        { ApiKeyRole.Admin, "/api/v1/trainings/summary?year=2019", HttpStatusCode.OK },
        { ApiKeyRole.ReadOnly, "/api/v1/trainings/summary?year=2019", HttpStatusCode.OK },
        { ApiKeyRole.Ingest, "/api/v1/trainings/summary?year=2019", HttpStatusCode.Forbidden },
        { ApiKeyRole.ReadOnly, "/api/v1/trainings?year=2019", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(ReadCases))]
    public async Task EveryGetIsForReadersOnly(ApiKeyRole role, string path, HttpStatusCode expected)
    {
        using var client = await ClientWithKeyAsync(role, null);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task TrainingSummaryAnswersTheContractForTheDemoYear()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.ReadOnly, null);
        var summary = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/trainings/summary?year=2019", UriKind.Relative), Cancellation);
        var byKind = summary.GetProperty("byKind").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
        Assert.Equal(byKind.Values.Sum(k => k.GetProperty("sessions").GetInt32()), summary.GetProperty("sessions").GetInt32());
        Assert.Equal(byKind.Values.Sum(k => k.GetProperty("attendees").GetInt32()), summary.GetProperty("attendees").GetInt32());
        Assert.Equal(1, byKind["briefing"].GetProperty("sessions").GetInt32());
        Assert.Equal(42, byKind["briefing"].GetProperty("attendees").GetInt32());
        Assert.True(byKind["training"].GetProperty("sessions").GetInt32() >= 2);
    }

    [Theory]
    [InlineData(ApiKeyRole.Admin, HttpStatusCode.OK)]
    [InlineData(ApiKeyRole.Ingest, HttpStatusCode.OK)]
    [InlineData(ApiKeyRole.ReadOnly, HttpStatusCode.Forbidden)]
    public async Task OnlyAdminAndIngestKeysMayWrite(ApiKeyRole role, HttpStatusCode expected)
    {
        using var client = await ClientWithKeyAsync(role, null);
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative),
            new[] { Training($"{role} 写入测试", LuodianDemoData.EGovCentre) }, Cancellation);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ScopedIngestKeyCannotWriteForAnotherUnitAndWritesNothing()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.Ingest, "罗甸县教育局");
        var before = await CountTrainingsAsync();
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative),
            new[] { Training("教育局自己的培训", "罗甸县教育局"), Training("冒充县政府办的培训", LuodianDemoData.CountyOffice) }, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountTrainingsAsync());
    }

    [Fact]
    public async Task ScopedKeyReachesItsUnitsChildren()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.Ingest, LuodianDemoData.CountyOffice);
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative),
            new[] { Training("电子政务中心业务培训（下级单位）", LuodianDemoData.EGovCentre) }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ScopedReaderSeesOnlyItsUnitsTrainings()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.ReadOnly, "罗甸县教育局");
        var rows = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/trainings?year=2019", UriKind.Relative), Cancellation);
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("罗甸县教育局", r.GetProperty("organiser").GetString()));

        using var countyWide = await ClientWithKeyAsync(ApiKeyRole.ReadOnly, null);
        var all = await countyWide.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/trainings?year=2019", UriKind.Relative), Cancellation);
        Assert.Contains(all.EnumerateArray(), r => r.GetProperty("organiser").GetString() == LuodianDemoData.EGovCentre);
    }

    [Fact]
    public async Task BadItemsAreAllNamedAndNothingIsWritten()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.Admin, null);
        var before = await CountTrainingsAsync();
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative), new object[]
        {
            Training("合格的一条", LuodianDemoData.EGovCentre),
            new { heldOn = "2019-13-01", kind = "training", title = "坏日期", organiser = LuodianDemoData.EGovCentre, attendees = 10 },
            new { heldOn = "2019-05-01", kind = "lecture", title = "", organiser = "不存在的单位", attendees = -1 },
        }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Index: e.GetProperty("index").GetInt32(), Field: e.GetProperty("field").GetString()))
            .ToList();
        Assert.Contains((1, "heldOn"), errors);
        Assert.Contains((2, "kind"), errors);
        Assert.DoesNotContain(errors, e => e.Index == 0);
        Assert.Equal(before, await CountTrainingsAsync());
    }

    [Fact]
    public async Task SendingTheSameBatchTwiceAddsNothingTheSecondTime()
    {
        using var client = await ClientWithKeyAsync(ApiKeyRole.Admin, null);
        var batch = new[] { Training("重复提交测试", LuodianDemoData.EGovCentre) };
        var first = await (await client.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative), batch, Cancellation))
            .Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var second = await (await client.PostAsJsonAsync(new Uri("/api/v1/trainings", UriKind.Relative), batch, Cancellation))
            .Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(1, first.GetProperty("added").GetInt32());
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(1, second.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task RevokedKeyIsRefused()
    {
        var key = ApiKeyHasher.NewKey();
        await using (var db = fixture.CreateDbContext())
        {
            db.ApiKeys.Add(new ApiKey { Name = "revoked", Prefix = "x", Hash = ApiKeyHasher.Hash(key), Role = ApiKeyRole.Admin, RevokedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancellation);
        }

        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/v1/channels", UriKind.Relative), Cancellation)).StatusCode);
    }

    [Fact]
    public void EveryApiEndpointNamesAPolicy()
    {
        var endpoints = fixture.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.Contains(
            e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>(),
            a => a.Policy is not null));
    }

    private static object Training(string title, string organiser) =>
        new { heldOn = "2019-11-20", kind = "training", title, organiser, attendees = 25, hours = 2 };

    private async Task<int> CountTrainingsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.TrainingSessions.CountAsync(Cancellation);
    }

    private Task<HttpClient> ClientWithKeyAsync(ApiKeyRole role, string? unitName) => fixture.ClientWithKeyAsync(role, unitName, Cancellation);
}
