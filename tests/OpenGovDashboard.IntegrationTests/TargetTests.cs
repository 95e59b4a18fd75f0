using System.Net.Http.Json;
using System.Text.Json;
using OpenGovDashboard.IntegrationTests.Infrastructure;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>The demo's targets through <c>GET /api/v1/targets/progress</c>, as of the demo's 2019-12-31.</summary>
public sealed class TargetTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task DemoTargetsOf2019AreSomeMetAndSomeNot()
    {
        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var rows = (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/targets/progress?year=2019", UriKind.Relative), TestContext.Current.CancellationToken))
            .EnumerateArray().ToList();
        Assert.Equal(12, rows.Count);
        var statuses = rows.Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.Contains("met", statuses);
        Assert.Contains("atRisk", statuses);
        Assert.Contains("behind", statuses);

        var weibo = rows.Single(r => r.GetProperty("metric").GetString() == "postingsByChannelKind:Weibo");
        Assert.Equal(103, weibo.GetProperty("actual").GetDouble());
        Assert.Equal("behind", weibo.GetProperty("status").GetString());
        var all = rows.Single(r => r.GetProperty("metric").GetString() == "postings" && r.GetProperty("orgUnit").ValueKind == JsonValueKind.Null);
        Assert.Equal(13959, all.GetProperty("actual").GetDouble());
        Assert.Equal("met", all.GetProperty("status").GetString());
        // The seven requests of 2019 were all answered within their statutory periods.
        var onTime = rows.Single(r => r.GetProperty("metric").GetString() == "requestsAnsweredOnTime");
        Assert.Equal((100, "met"), (onTime.GetProperty("actual").GetDouble(), onTime.GetProperty("status").GetString()));
        foreach (var field in new[] { "targetId", "period", "target", "expectedByNow", "projected", "percent" })
        {
            Assert.True(rows[0].TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task TargetsOf2020AreDerivedFrom2019sActuals()
    {
        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        var rows = (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/targets/progress?year=2020&asOf=2020-01-10", UriKind.Relative), TestContext.Current.CancellationToken))
            .EnumerateArray().ToList();
        var all = rows.Single(r => r.GetProperty("metric").GetString() == "postings" && r.GetProperty("orgUnit").ValueKind == JsonValueKind.Null);
        Assert.Equal(Math.Ceiling(13959 * 1.1), all.GetProperty("target").GetDouble());
        Assert.Equal("2020", all.GetProperty("period").GetString());
    }
}
