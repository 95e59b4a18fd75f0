namespace OpenGovDashboard.Web.Jobs;

/// <summary>Every recurring job of the app; features add theirs with <see cref="DashboardJobsSetup.AddRecurringJob"/>.</summary>
public sealed class RecurringJobCatalog(IEnumerable<RecurringJobDefinition> definitions)
{
    public IReadOnlyList<RecurringJobDefinition> All { get; } = [.. definitions];

    public RecurringJobDefinition? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
