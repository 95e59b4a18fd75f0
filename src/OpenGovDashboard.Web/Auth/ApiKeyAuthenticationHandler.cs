using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Auth;

/// <summary>Authenticates <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c> against the hashed keys.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<DashboardDbContext> dbFactory,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static bool HasKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReadKey(context.Request) is not null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiKeyHasher.Hash(key);
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var apiKey = await db.ApiKeys.SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAtUtc == null, Context.RequestAborted);
        if (apiKey is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (apiKey.LastUsedAtUtc is null || now - apiKey.LastUsedAtUtc > LastUsedResolution)
        {
            // Recorded at most once a minute so that a busy integration does not write on every call.
            apiKey.LastUsedAtUtc = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, "apikey:" + apiKey.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, "apikey:" + apiKey.Name),
            new(ClaimTypes.Role, DashboardClaims.ApiKeyRoleValue(apiKey.Role)),
        ];
        if (apiKey.OrgUnitId is { } unitId)
        {
            claims.Add(new Claim(DashboardClaims.OrgUnit, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    private static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > bearer.Length
            ? authorization[bearer.Length..].Trim()
            : null;
    }
}
