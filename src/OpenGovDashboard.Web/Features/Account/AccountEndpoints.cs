using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.Web.Features.Account;

/// <summary>Sign-out and the language switch: plain HTTP endpoints, since both set cookies.</summary>
public static class AccountEndpoints
{
    public static readonly string[] SupportedCultures = ["zh-CN", "en-US"];

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("~/account/login");
        }).RequireAuthorization();

        app.MapGet("/culture/set", async (string culture, string? redirectUri, HttpContext context, UserManager<AppUser> users) =>
        {
            if (SupportedCultures.Contains(culture, StringComparer.Ordinal))
            {
                SetCultureCookie(context, culture);
                if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
                {
                    // Persisted per user, so the choice follows them to another browser.
                    user.PreferredCulture = culture;
                    await users.UpdateAsync(user);
                }
            }

            return Results.LocalRedirect(redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal) ? "~" + redirectUri : "~/");
        }).AllowAnonymous();
        return app;
    }

    public static void SetCultureCookie(HttpContext context, string culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }
}
