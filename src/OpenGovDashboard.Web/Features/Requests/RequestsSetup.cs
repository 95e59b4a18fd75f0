using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>Registers 依申请公开: the register, its deadline settings, the daily deadline alerts and their hooks.</summary>
public static class RequestsSetup
{
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RequestOptions>().BindConfiguration("Requests").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddTransient<RequestQueries>();
        builder.Services.AddTransient<RequestCommands>();
        builder.Services.AddTransient<ReviewCaseCommands>();
        builder.Services.AddTransient<RequestSpreadsheet>();
        builder.Services.AddTransient<RequestDeadlineAlertJob>();
        builder.AddRecurringJob<RequestDeadlineAlertJob>(RequestDeadlineAlertJob.Id, RequestDeadlineAlertJob.Cron, (job, ct) => job.RunAsync(ct));
        return builder;
    }
}
