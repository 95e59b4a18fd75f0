using System.Net;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Features.Operations;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// The cookie nginx pins a browser to one node by (deploy/nginx.conf hashes <c>ogd_node</c>): given once, on the first
/// answer, and never changed — unlike the sign-in cookie, which is re-issued as it is re-checked.
/// </summary>
public sealed class NodeCookieTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABrowserGetsItsNodeCookieOnceAndKeepsIt()
    {
        using var client = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

        using var first = await client.GetAsync(new Uri("/account/login", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var set = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(OperationsSetup.NodeCookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", set, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", set, StringComparison.OrdinalIgnoreCase);
        var value = set.Split(';')[0];
        Assert.Matches("^ogd_node=[0-9a-f]{32}$", value);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/login", UriKind.Relative));
        again.Headers.Add("Cookie", value);
        using var second = await client.SendAsync(again, Cancellation);
        Assert.DoesNotContain(second.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(OperationsSetup.NodeCookieName + "=", StringComparison.Ordinal));
    }
}
