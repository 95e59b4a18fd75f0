using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Auth;

/// <summary>The <c>Session</c> section: how soon a change to a signed-in user (role, unit, lock, password) reaches their open pages.</summary>
public sealed class SessionOptions
{
    public const string Section = "Session";

    /// <summary>
    /// How often an open dashboard (a Blazor circuit) and a sign-in cookie are checked against the user's security stamp.
    /// When an admin changes a user's role or unit, locks them or resets their password, the user's open pages sign out
    /// within this time and their next request needs a new sign-in.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Session:RevalidationInterval must be between 1 second and 1 hour. / Session:RevalidationInterval 须在 1 秒到 1 小时之间。")]
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
