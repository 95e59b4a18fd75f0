using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Auth;

/// <summary>Sign-in (Identity cookies), API keys, and the policies every page and endpoint uses.</summary>
public static class DashboardAuthSetup
{
    private const string SelectorScheme = "CookieOrApiKey";

    /// <summary>The sign-in cookie (nodes are chosen by another one, <c>ogd_node</c>: this one is re-issued as it is re-checked).</summary>
    public const string AuthCookieName = "ogd_auth";

    public static WebApplicationBuilder AddDashboardAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        services.AddCascadingAuthenticationState();
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidatingStateProvider>();

        // The sign-in cookie is checked against the security stamp as often as open pages are (Identity's default is 30 minutes).
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SessionOptions>>(
            (o, session) => o.ValidationInterval = session.Value.RevalidationInterval);
        services.AddTransient<BootstrapAdmin>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(SelectorScheme, SelectorScheme, o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.HasKey(context) ? DashboardClaims.ApiKeyScheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(DashboardClaims.ApiKeyScheme, null)
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = AuthCookieName;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        var adminKey = DashboardClaims.ApiKeyRoleValue(ApiKeyRole.Admin);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Reader, p => p.RequireRole(Roles.All.Append(adminKey).Append(DashboardClaims.ApiKeyRoleValue(ApiKeyRole.ReadOnly))))
            .AddPolicy(Policies.DataEntry, p => p.RequireRole(Roles.DataEntry))
            .AddPolicy(Policies.SetTargets, p => p.RequireRole(Roles.Leader, Roles.Admin, adminKey))
            .AddPolicy(Policies.ApproveExtension, p => p.RequireRole(Roles.Leader, Roles.Admin, adminKey))
            .AddPolicy(Policies.BuildReports, p => p.RequireRole(Roles.Leader, Roles.Admin, Roles.DepartmentEditor, adminKey))
            .AddPolicy(Policies.FinalizeReports, p => p.RequireRole(Roles.Admin, adminKey))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin, adminKey));
        services.AddScoped<IUserClaimsPrincipalFactory<AppUser>, DashboardUserClaimsFactory>();
        services.AddSingleton<OrgUnitDirectory>();
        services.AddSingleton<UnitScopeService>();
        services.AddTransient<CommandPolicy>();
        return builder;
    }

    /// <summary>Machines calling the API get a status code, people get the sign-in page.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
