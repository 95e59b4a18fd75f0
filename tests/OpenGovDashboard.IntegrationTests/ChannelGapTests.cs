using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>Each column's history of gaps as the monitoring page's dialog reads it: from the day rollup the ingest keeps.</summary>
public sealed class ChannelGapTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAccountsGapsComeFromItsPostingDaysWithTheLongestFirstAndTheOpenOneToTheDay()
    {
        using var admin = await fixture.ClientWithKeyAsync(ApiKeyRole.Admin, null, Cancellation);
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/channels", UriKind.Relative),
            new { name = "罗甸司法·间隔", kind = "weChat", launchedOn = "2018-01-01" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var channelId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetInt32();
        string[] days = ["2018-12-10", "2019-03-01", "2019-03-01", "2019-03-20", "2019-12-20"];
        using var posted = await admin.PostAsJsonAsync(new Uri("/api/v1/postings", UriKind.Relative),
            days.Select((d, i) => new { channel = "罗甸司法·间隔", title = $"普法宣传第{i + 1}期", publishedAt = d + "T10:00:00+08:00", externalId = $"gap-{i}" }).ToArray(), Cancellation);
        posted.EnsureSuccessStatusCode();

        using var scope = fixture.Factory.Services.CreateScope();
        var whole = Assert.Single(await scope.ServiceProvider.GetRequiredService<ChannelHealthQueries>().GapsAsync(UnitScope.CountyWide, channelId, new DateOnly(2019, 12, 31), 5, Cancellation));

        Assert.Equal((null, 14, 3, 3), (whole.ColumnId, whole.Limit, whole.PostingDays, whole.OverLimit));
        Assert.Equal(
            [
                new ColumnGap(new DateOnly(2019, 3, 20), new DateOnly(2019, 12, 20), 275, true),
                new ColumnGap(new DateOnly(2018, 12, 10), new DateOnly(2019, 3, 1), 81, true),
                new ColumnGap(new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 20), 19, true),
                new ColumnGap(new DateOnly(2019, 12, 20), null, 11, false),
            ],
            whole.Longest);
    }
}
