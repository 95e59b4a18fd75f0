using Cronos;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>
/// Every recurring job of the app; features add theirs with <see cref="DashboardJobsSetup.AddRecurringJob"/>. A job's
/// schedule can be changed per install with <c>Jobs:Schedules:&lt;id&gt;</c> (five-field cron in Asia/Shanghai, e.g.
/// <c>Jobs__Schedules__channel-sync="0 2 * * *"</c>); an invalid one stops the app at start with the job named.
/// </summary>
public sealed class RecurringJobCatalog
{
    public const string SchedulesSection = "Jobs:Schedules";

    public RecurringJobCatalog(IEnumerable<RecurringJobDefinition> definitions, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var schedules = configuration.GetSection(SchedulesSection);
        All = [.. definitions.Select(d => schedules[d.Id] is { Length: > 0 } cron ? d with { Cron = Checked(d.Id, cron) } : d)];
        var unknown = schedules.GetChildren().Select(c => c.Key).Where(key => All.All(d => d.Id != key)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{SchedulesSection}: unknown job(s) {string.Join(", ", unknown)}; known: {string.Join(", ", All.Select(d => d.Id))}. / 未知的任务：{string.Join("、", unknown)}。");
        }
    }

    public IReadOnlyList<RecurringJobDefinition> All { get; }

    public RecurringJobDefinition? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    private static string Checked(string id, string cron)
    {
        try
        {
            _ = CronExpression.Parse(cron.Trim());
            return cron.Trim();
        }
        catch (CronFormatException ex)
        {
            throw new InvalidOperationException($"{SchedulesSection}:{id} = '{cron}' is not a valid cron expression: {ex.Message} / 任务 {id} 的计划“{cron}”不是有效的 cron 表达式。", ex);
        }
    }
}
