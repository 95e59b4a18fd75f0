using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenGovDashboard.Web.Auth;

/// <summary>
/// Re-checks an open circuit's user against the database every <see cref="SessionOptions.RevalidationInterval"/>: a user
/// deleted, locked, or whose role, unit or password changed (each changes the security stamp) is signed out of every open
/// page, so an editor moved to another unit cannot go on working on the old unit's data in a tab left open. API keys
/// never reach here (they are checked on every request).
/// </summary>
internal sealed class SecurityStampRevalidatingStateProvider(
    ILoggerFactory loggerFactory,
    ILogger<SecurityStampRevalidatingStateProvider> logger,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> identityOptions,
    IOptions<SessionOptions> sessionOptions) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => sessionOptions.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            return await IsCurrentAsync(users, identityOptions.Value, authenticationState.User);
        }
        catch (Exception failure) when (failure is DbException or TimeoutException)
        {
            // A database failover or a busy SQLite file must not sign every open page out: check again next time.
            logger.LogWarning(failure, "Could not re-check {User}'s session; keeping it until the next check", authenticationState.User.Identity?.Name);
            return true;
        }
    }

    /// <summary>
    /// Whether the principal's user still exists and carries the stamp the database has. An admin's lock changes the stamp;
    /// the short lockout after wrong passwords does not end sessions already open (anyone could cause it).
    /// </summary>
    internal static async Task<bool> IsCurrentAsync(UserManager<AppUser> users, IdentityOptions options, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        return stamp is not null && string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }
}
