namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 依申请公开 at a glance for a year, as <c>GET /api/v1/requests/stats</c> answers it (docs/api.md).
/// </summary>
/// <param name="Received">Received (Art. 31) in the year.</param>
/// <param name="Open">Not answered on the day measured, whatever their status (awaiting 补正 and paused included).</param>
/// <param name="Overdue">Of those, past their due date.</param>
/// <param name="DueSoon">Of those, within the due-soon threshold.</param>
/// <param name="OnTimeRate">Answers in the year that were on time, 0–100; null when nothing was answered.</param>
/// <param name="ByResult">The year's answers per result, in the form's order, results with none left out.</param>
public sealed record RequestYearStats(int Received, int Open, int Overdue, int DueSoon, double? OnTimeRate, IReadOnlyList<RequestResultCount> ByResult)
{
    /// <summary>
    /// The figures for <paramref name="year"/> measured on <paramref name="asOf"/>, or on 31 December for a year already over.
    /// </summary>
    public static RequestYearStats Compute(
        int year, IEnumerable<DisclosureRequest> requests, WorkingDayCalendar calendar, DateOnly asOf, RequestDeadlineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var day = asOf < new DateOnly(year, 12, 31) ? asOf : new DateOnly(year, 12, 31);
        var known = requests.Where(r => r.ReceivedOn <= day).ToList();
        var open = known.Where(r => r.IsOpenAt(day)).Select(r => RequestDeadlineEngine.Compute(r, calendar, day, settings).Status).ToList();
        var answered = known.Where(r => r.Answer is { } a && a.On.Year == year && a.On <= day).ToList();
        var onTime = answered.Count(r => RequestDeadlineEngine.Compute(r, calendar, r.Answer!.On, settings).Status == RequestStatus.AnsweredOnTime);
        return new RequestYearStats(
            known.Count(r => r.ReceivedOn!.Value.Year == year),
            open.Count,
            open.Count(s => s == RequestStatus.Overdue),
            open.Count(s => s == RequestStatus.DueSoon),
            answered.Count == 0 ? null : 100.0 * onTime / answered.Count,
            [.. answered.GroupBy(r => r.Answer!.Result).OrderBy(g => g.Key).Select(g => new RequestResultCount(g.Key, g.Count()))]);
    }
}
