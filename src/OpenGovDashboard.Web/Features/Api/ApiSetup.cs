using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Features.Calendar;
using OpenGovDashboard.Web.Features.Channels;

namespace OpenGovDashboard.Web.Features.Api;

/// <summary>The integration API (docs/api.md): camelCase JSON, problem details, OpenAPI, and the <c>/api/v1</c> group.</summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddDashboardApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapDashboardApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Reader).DisableAntiforgery();
        api.MapChannelsApi();
        api.MapCalendarApi();
        return app;
    }
}
