using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGovDashboard.Web.Features.AnnualReports;
using OpenGovDashboard.Web.Features.Calendar;
using OpenGovDashboard.Web.Features.Channels;
using OpenGovDashboard.Web.Features.Monitoring;
using OpenGovDashboard.Web.Features.Publishing;
using OpenGovDashboard.Web.Features.Requests;
using OpenGovDashboard.Web.Features.Targets;
using OpenGovDashboard.Web.Features.Trainings;

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
        // The group only demands a caller; each endpoint names its policy (a test checks that none forgets).
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery()
            .AddEndpointFilter<UnitScopeProblemFilter>();
        api.MapChannelsApi();
        api.MapTrainingsApi();
        api.MapPostingsApi();
        api.MapPostingExportApi();
        api.MapTargetsApi();
        api.MapRequestsApi();
        api.MapAnnualReportParseApi();
        api.MapAnnualReportsApi();
        api.MapMonitoringApi();
        api.MapPostingImportApi();
        api.MapCalendarApi();
        return app;
    }
}
