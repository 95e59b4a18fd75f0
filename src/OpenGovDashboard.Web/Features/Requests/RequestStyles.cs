using System.Globalization;
using MudBlazor;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>How request statuses and dates look, the same on every page.</summary>
public static class RequestStyles
{
    public static Color ColorOf(RequestStatus status) => status switch
    {
        RequestStatus.Overdue or RequestStatus.AnsweredLate => Color.Error,
        RequestStatus.DueSoon => Color.Warning,
        RequestStatus.AnsweredOnTime => Color.Success,
        RequestStatus.AwaitingCorrection or RequestStatus.Paused => Color.Secondary,
        _ => Color.Info,
    };

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The result as the year's report form words it.</summary>
    public static string Result(RequestResult? result, DateOnly? answeredOn) => result is { } r && answeredOn is { } on
        ? RequestReportForms.LabelOf(r, RequestReportForms.FormFor(on.Year))
        : "—";
}
