using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using OpenGovDashboard.Web.Components.Shared;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>The register as an .xlsx: the rows a caller may see, with their deadlines as of the day.</summary>
public sealed class RequestSpreadsheet(IStringLocalizer<SharedResource> l)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(Stream output, IReadOnlyList<RequestListItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var rows = items.Select(i => new Dictionary<string, object?>
        {
            [l["Requests.Reference"]] = i.Reference,
            [l["Requests.Subject"]] = i.Subject,
            [l["Requests.Unit"]] = i.OrgUnit,
            [l["Requests.ApplicantType"]] = l.Enum(i.ApplicantType),
            [l["Requests.Channel"]] = l.Enum(i.Channel),
            [l["Requests.ReceivedOn"]] = Day(i.Deadline.ReceivedOn),
            [l["Requests.DueDate"]] = Day(i.Deadline.DueDate),
            [l["Requests.DaysLeft"]] = i.Deadline.WorkingDaysLeft,
            [l["Requests.Status"]] = l.Enum(i.Deadline.Status),
            [l["Requests.AnsweredOn"]] = Day(i.AnsweredOn),
            [l["Requests.Result"]] = i.Result is { } result && i.AnsweredOn is { } answered
                ? RequestReportForms.LabelOf(result, RequestReportForms.FormFor(answered.Year))
                : null,
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(new Dictionary<string, object?> { [l["Requests.Reference"]] = null });
        }

        await output.SaveAsAsync(rows, cancellationToken: cancellationToken);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
