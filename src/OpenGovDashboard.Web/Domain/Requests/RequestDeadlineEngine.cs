namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 期限计算 — a request's statutory deadlines on a given day, on the official working-day calendar. Pure: the same
/// history, calendar, day and settings always give the same answer, so a calendar that gains a year simply gives new
/// dates when recomputed.
/// </summary>
/// <remarks>
/// The answer period is 20 working days (Art. 33) counted from the receipt, or from the receipt of the 补正 (Art. 30),
/// plus the extension. Consultation time is left out (Art. 33 ¶2): a pause on day P resumed on day R leaves out the days
/// after P up to the day counting restarts for R — the same convention as for the receipt, so with the default
/// "from the next day" the day the consultation letter goes out counts and the day the reply arrives does not.
/// Steps dated after the as-of day have not happened yet and are ignored. The history is expected to have passed
/// <see cref="RequestValidator"/>; the engine reads the first of each kind of step and never throws on an odd history
/// beyond a missing receipt.
/// </remarks>
public static class RequestDeadlineEngine
{
    public static RequestDeadline Compute(
        DisclosureRequest request, WorkingDayCalendar calendar, DateOnly asOf, RequestDeadlineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendar);
        settings ??= RequestDeadlineSettings.Default;
        var receivedOn = request.ReceivedOn
            ?? throw new ArgumentException("The request has no receipt date (条例 Art. 31).", nameof(request));
        if (receivedOn > asOf)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "The request was not yet received on that day.");
        }

        var clock = new Clock(calendar, settings.CountingStart);
        var events = request.Events.Where(e => e.On <= asOf).ToList();
        var noticeDue = clock.Add(receivedOn, StatutoryPeriods.CorrectionNoticeWorkingDays);
        var asked = events.OfType<CorrectionRequested>().FirstOrDefault();
        var corrected = asked is null ? null : events.OfType<CorrectionReceived>().FirstOrDefault(c => c.On >= asked.On);
        var answer = events.OfType<RequestAnswered>().FirstOrDefault();
        var extensionDays = Math.Max(0, events.OfType<ExtensionGranted>().FirstOrDefault()?.WorkingDays ?? 0);
        var clockStart = corrected?.On ?? receivedOn;
        bool? noticeLate = asked is null ? null : asked.On > noticeDue;

        RequestDeadline Result(DateOnly? due, int? left, int paused, RequestStatus status) => new(
            receivedOn, clockStart, due, noticeDue, noticeLate, left, paused, extensionDays, status, clock.Provisional);

        if (asked is not null && corrected is null)
        {
            // No period runs until the corrected application comes back; an answer now (e.g. 逾期不补正) cannot be late.
            return Result(null, null, 0, answer is null ? RequestStatus.AwaitingCorrection : RequestStatus.AnsweredOnTime);
        }

        var remaining = StatutoryPeriods.AnswerWorkingDays + extensionDays;
        var cursor = clock.Anchor(clockStart);
        var pausedDays = 0;
        foreach (var (pausedOn, resumedOn) in Pauses(events, answer?.On))
        {
            if (resumedOn is { } r && clock.Anchor(r) <= cursor)
            {
                continue;
            }

            if (pausedOn > cursor)
            {
                var used = clock.Count(cursor.AddDays(1), pausedOn);
                if (used >= remaining)
                {
                    break;
                }

                remaining -= used;
                cursor = pausedOn;
            }

            if (resumedOn is not { } resumed)
            {
                pausedDays += clock.Count(cursor.AddDays(1), asOf);
                return Result(null, remaining, pausedDays, RequestStatus.Paused);
            }

            var restart = Max(cursor, clock.Anchor(resumed));
            pausedDays += clock.Count(cursor.AddDays(1), restart);
            cursor = restart;
        }

        var due = clock.AddFromAnchor(cursor, remaining);
        if (answer is not null)
        {
            return Result(due, null, pausedDays, answer.On <= due ? RequestStatus.AnsweredOnTime : RequestStatus.AnsweredLate);
        }

        if (asOf <= due)
        {
            var left = clock.Count(asOf.AddDays(1), due);
            return Result(due, left, pausedDays, left <= settings.DueSoonWorkingDays ? RequestStatus.DueSoon : RequestStatus.Open);
        }

        return Result(due, -clock.Count(due.AddDays(1), asOf), pausedDays, RequestStatus.Overdue);
    }

    /// <summary>The consultation intervals in order; one still open at the answer is closed by the answer.</summary>
    private static List<(DateOnly PausedOn, DateOnly? ResumedOn)> Pauses(List<RequestEvent> events, DateOnly? answeredOn)
    {
        var pauses = new List<(DateOnly, DateOnly?)>();
        DateOnly? open = null;
        foreach (var step in events)
        {
            if (step is ConsultationPaused && open is null)
            {
                open = step.On;
            }
            else if (step is ConsultationResumed && open is { } pausedOn)
            {
                pauses.Add((pausedOn, step.On));
                open = null;
            }
        }

        if (open is { } stillOpen)
        {
            pauses.Add((stillOpen, answeredOn));
        }

        return pauses;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Counting on the calendar under one convention, remembering whether any count was provisional.</summary>
    private sealed class Clock(WorkingDayCalendar calendar, DeadlineCountingStart countingStart)
    {
        public bool Provisional { get; private set; }

        /// <summary>The last day not counted for a period that starts with the event on <paramref name="eventDay"/>.</summary>
        public DateOnly Anchor(DateOnly eventDay) =>
            countingStart == DeadlineCountingStart.DayOfReceipt ? eventDay.AddDays(-1) : eventDay;

        /// <summary>The last day of <paramref name="days"/> working days from the event on <paramref name="eventDay"/>.</summary>
        public DateOnly Add(DateOnly eventDay, int days) => AddFromAnchor(Anchor(eventDay), days);

        public DateOnly AddFromAnchor(DateOnly anchor, int days)
        {
            var result = calendar.AddWorkingDays(anchor, days);
            Provisional |= result.Provisional;
            return result.Date;
        }

        public int Count(DateOnly fromInclusive, DateOnly toInclusive)
        {
            var result = calendar.CountWorkingDays(fromInclusive, toInclusive);
            Provisional |= result.Provisional;
            return result.Days;
        }
    }
}
