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
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> identityOptions,
    IOptions<SessionOptions> sessionOptions) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => sessionOptions.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await IsCurrentAsync(users, identityOptions.Value, authenticationState.User);
    }

    /// <summary>Whether the principal's user still exists, is not locked out and carries the stamp the database has.</summary>
    internal static async Task<bool> IsCurrentAsync(UserManager<AppUser> users, IdentityOptions options, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user))
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
