using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;
using OpenGovDashboard.Web.Features.Account;

namespace OpenGovDashboard.Web.Components;

/// <summary>Blazor Server with MudBlazor, zh-CN first and en-US switchable.</summary>
public static class DashboardUiSetup
{
    public static WebApplicationBuilder AddDashboardUi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddTransient<MudLocalizer, DashboardMudLocalizer>();

        // Chinese text goes out as text, not as &#x...; escapes on every character.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(AccountEndpoints.SupportedCultures[0])
                .AddSupportedCultures(AccountEndpoints.SupportedCultures)
                .AddSupportedUICultures(AccountEndpoints.SupportedCultures);
            // Browsers follow the user's choice (cookie); API clients may send Accept-Language. zh-CN otherwise.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication UseDashboardUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        // The API answers its own status codes (401, 403, problem details); only pages get the not-found page.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/healthz") && !context.Request.Path.StartsWithSegments("/jobs"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapDashboardUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        return app;
    }
}
