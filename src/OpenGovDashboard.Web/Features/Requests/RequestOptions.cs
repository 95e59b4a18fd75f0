using System.ComponentModel.DataAnnotations;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>
/// <c>Requests:*</c> — the office's choices around the statutory periods: whether a period counts from the day after
/// receipt (default, as 国办 guidance reads Art. 33) or from that day, and how many working days left make a request
/// "due soon" (default 3).
/// </summary>
public sealed class RequestOptions
{
    public DeadlineCountingStart CountingStart { get; set; } = DeadlineCountingStart.DayAfterReceipt;

    [Range(0, 20)]
    public int DueSoonWorkingDays { get; set; } = 3;

    public RequestDeadlineSettings ToSettings() => new(CountingStart, DueSoonWorkingDays);
}
