namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>Registers the annual report: the narrative drafter (and, as they land, the builder, checks and exports).</summary>
public static class AnnualReportsSetup
{
    public static WebApplicationBuilder AddAnnualReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<AnnualReportNarrative>();
        builder.Services.AddTransient<AnnualReportDrafts>();
        builder.Services.AddTransient<AnnualReportBuilder>();
        builder.Services.AddTransient<ReportFigureCommands>();
        builder.Services.AddTransient<ParsedReportCommands>();
        return builder;
    }
}
