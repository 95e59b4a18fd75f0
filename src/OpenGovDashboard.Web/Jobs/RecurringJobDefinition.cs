namespace OpenGovDashboard.Web.Jobs;

/// <summary>A recurring job: its id, its cron schedule in Asia/Shanghai, and how to run it.</summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Func<IServiceProvider, CancellationToken, Task<string>> Run);
