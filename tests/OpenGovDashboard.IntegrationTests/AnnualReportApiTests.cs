using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>The annual report from the database through the API: the data of api.md, and the documents; read back by the parser.</summary>
public sealed class AnnualReportApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheCountysDataOf2019IsTheReferenceReportsTablesWithEveryCheckPassed()
    {
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var data = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/annual-reports/2019/data", UriKind.Relative), Cancellation);
        Assert.Equal(("2019", "罗甸县人民政府"), (data.GetProperty("form").GetString(), data.GetProperty("organization").GetString()));
        var article20 = data.GetProperty("article20").EnumerateArray().ToDictionary(e => e.GetProperty("item").GetString()!, e => e.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal()).ToArray());
        Assert.Equal(8, article20.Count);
        Assert.Equal([0m, null, null], article20["规章"]);
        Assert.Equal([211m, -3m, 14352m], article20["行政许可"]);
        Assert.Equal([172m, 15760m], article20["政府集中采购"]);
        Assert.Equal(23, data.GetProperty("requests").GetProperty("rows").GetArrayLength());
        Assert.Equal(15, data.GetProperty("reviewsAndLitigation").GetProperty("values").GetArrayLength());
        var checks = data.GetProperty("checks").EnumerateArray().ToList();
        Assert.NotEmpty(checks);
        Assert.All(checks, c => Assert.True(c.GetProperty("passed").GetBoolean(), c.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task TheWordDocumentReadsBackAsTheSameData()
    {
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var data = await client.GetFromJsonAsync<AnnualReportData>(new Uri("/api/v1/annual-reports/2019/data", UriKind.Relative), new JsonSerializerOptions(JsonSerializerDefaults.Web), Cancellation);
        using var docx = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/document?format=docx", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Cancellation));
        var parsed = AnnualReportParser.ParseDocx(stream);
        Assert.Equal(2019, parsed.Year);
        Assert.Equal(data!.Article20, parsed.Article20);
        Assert.Equal(data.Requests.Rows.Select(r => r.Values.ToArray()), parsed.Requests.Rows.Select(r => r.Values.ToArray()));

        foreach (var format in new[] { "xlsx", "html" })
        {
            using var file = await client.GetAsync(new Uri($"/api/v1/annual-reports/2019/document?format={format}", UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.NotEmpty(await file.Content.ReadAsByteArrayAsync(Cancellation));
        }

        using var html = await client.GetStringAsync(new Uri("/api/v1/annual-reports/2019/document?format=html", UriKind.Relative), Cancellation) is var text ? new StringContent(text) : null;
        Assert.Contains("10621", await html!.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitKeyGetsItsOwnUnitsReportButNotAnothers()
    {
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, "罗甸县教育局", Cancellation);
        using var own = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/data?orgUnit=罗甸县教育局", UriKind.Relative), Cancellation);
        using var other = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/data?orgUnit=罗甸县公安局", UriKind.Relative), Cancellation);
        using var bad = await client.GetAsync(new Uri("/api/v1/annual-reports/2019/document?format=pdf", UriKind.Relative), Cancellation);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (own.StatusCode, other.StatusCode, bad.StatusCode));
    }
}
