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

        app.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
        {
            if (SupportedCultures.Contains(culture, StringComparer.Ordinal))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            }

            return Results.LocalRedirect(redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal) ? "~" + redirectUri : "~/");
        }).AllowAnonymous();
        return app;
    }
}
