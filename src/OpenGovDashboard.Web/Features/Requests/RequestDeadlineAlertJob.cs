using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Alerts;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>
/// Every working morning: every open request that is due soon (≤ <see cref="RequestOptions.DueSoonWorkingDays"/> working
/// days left) or overdue raises an alert to its handling unit (admins see every alert); an alert whose request was
/// answered, or moved back out of the window, is resolved. Safe to run twice: the alerts equal what holds today.
/// </summary>
public sealed class RequestDeadlineAlertJob(RequestQueries queries, AlertService alerts, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string Id = "request-deadline-alerts";

    /// <summary>07:30 Asia/Shanghai, before the office opens.</summary>
    public const string Cron = "30 7 * * *";

    public const string Prefix = "request:";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        using var language = AlertLanguage.Use();
        var today = ShanghaiTime.Today(clock);

        // Everything open: requests received in any year and not answered (the year filter would miss old carry-overs).
        var open = (await queries.ListAsync(UnitScope.CountyWide, new RequestFilter(), today, cancellationToken))
            .Where(r => r.Deadline.Status is RequestStatus.DueSoon or RequestStatus.Overdue)
            .ToList();
        var drafts = open.Select(r => r.Deadline.Status == RequestStatus.Overdue
                ? new AlertDraft(Prefix + r.Id.ToString(CultureInfo.InvariantCulture) + ":overdue", AlertSeverity.Error, r.OrgUnitId,
                    l["Requests.Alert.OverdueTitle", r.Reference], l["Requests.Alert.OverdueMessage", r.Subject, Day(r.Deadline.DueDate), -(r.Deadline.WorkingDaysLeft ?? 0)],
                    "requests/" + r.Id.ToString(CultureInfo.InvariantCulture))
                : new AlertDraft(Prefix + r.Id.ToString(CultureInfo.InvariantCulture) + ":dueSoon", AlertSeverity.Warning, r.OrgUnitId,
                    l["Requests.Alert.DueSoonTitle", r.Reference], l["Requests.Alert.DueSoonMessage", r.Subject, Day(r.Deadline.DueDate), r.Deadline.WorkingDaysLeft ?? 0],
                    "requests/" + r.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var result = await alerts.SyncAsync(Prefix, drafts, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.Holding} alerts hold ({open.Count(r => r.Deadline.Status == RequestStatus.Overdue)} overdue), {result.Raised} raised, {result.Resolved} resolved, as of {today:yyyy-MM-dd}");
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
