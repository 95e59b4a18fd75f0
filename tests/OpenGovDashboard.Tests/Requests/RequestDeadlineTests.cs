using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Calendar;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>
/// The statutory deadlines of 条例 Art. 30–33 on the official calendar (docs/domain.md §4), each expected date counted by
/// hand in the comment, from the day after the event (the default convention).
/// </summary>
public sealed class RequestDeadlineTests
{
    [Fact]
    public void ARequestReceivedBeforeSpringFestival2024IsDueOn13March()
    {
        // Received Thu 2024-02-08. 春节 2024: off 02-10…02-17, 班 02-04 and Sun 02-18.
        // 1 02-09 Fri | off | 2 02-18 Sun 班 | 3–7 02-19…02-23 | 8–12 02-26…03-01 | 13–17 03-04…03-08 | 18 03-11, 19 03-12, 20 03-13.
        // 补正 notice: 1 02-09 | 2 02-18 | 3–7 02-19…02-23 → 02-23 Fri.
        var deadline = DeadlineOn(Request(HandedIn(D(2024, 2, 8))), D(2024, 2, 8));

        Assert.Equal(D(2024, 3, 13), deadline.DueDate);
        Assert.Equal(D(2024, 2, 23), deadline.CorrectionNoticeDue);
        Assert.Null(deadline.CorrectionNoticeLate);
        Assert.Equal(RequestStatus.Open, deadline.Status);
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public void ARequestReceivedBeforeNationalDay2023IsDueOn31October()
    {
        // Received Wed 2023-09-27. 中秋+国庆 2023: off 09-29…10-06, 班 Sat 10-07 and Sun 10-08.
        // 1 09-28 | off | 2 10-07 班 | 3 10-08 班 | 4–8 10-09…10-13 | 9–13 10-16…10-20 | 14–18 10-23…10-27 | 19 10-30, 20 10-31.
        // 补正 notice: 1 09-28 | 2 10-07 | 3 10-08 | 4 10-09 … 7 10-12 Thu.
        var deadline = DeadlineOn(Request(Online(D(2023, 9, 27), D(2023, 9, 27))), D(2023, 9, 28));

        Assert.Equal(D(2023, 10, 31), deadline.DueDate);
        Assert.Equal(D(2023, 10, 12), deadline.CorrectionNoticeDue);
        // Working days after 09-28 up to 10-31: 19 (days 2–20 of the count above).
        Assert.Equal(19, deadline.WorkingDaysLeft);
    }

    [Fact]
    public void AReceivedCorrectionRestartsTheTwentyDaysFromItsOwnDay()
    {
        // Received Mon 2024-03-04; without 补正 it would be due 04-01 (1–4 03-05…03-08, 5–9 03-11…15, 10–14 03-18…22,
        // 15–19 03-25…29, 20 04-01). 补正 asked 03-06, corrected application received Fri 03-15: count again from 03-18.
        // 1–5 03-18…03-22 | 6–10 03-25…03-29 | 11–13 04-01…04-03 | 清明 off 04-04…04-06 | 14 Sun 04-07 班 | 15–19 04-08…04-12
        // | 20 Mon 04-15.
        var received = Request(HandedIn(D(2024, 3, 4)));
        Assert.Equal(D(2024, 4, 1), DeadlineOn(received, D(2024, 3, 4)).DueDate);

        var asked = received.With(new CorrectionRequested(D(2024, 3, 6), "请明确所需信息的文号或时间范围"));
        var waiting = DeadlineOn(asked, D(2024, 3, 8));
        Assert.Equal(RequestStatus.AwaitingCorrection, waiting.Status);
        Assert.Null(waiting.DueDate);

        var corrected = DeadlineOn(asked.With(new CorrectionReceived(D(2024, 3, 15))), D(2024, 3, 15));
        Assert.Equal(D(2024, 3, 15), corrected.ClockStart);
        Assert.Equal(D(2024, 4, 15), corrected.DueDate);
        // Notice due 7 working days from 03-04: 03-05…03-08 (4), 03-11, 03-12, 03-13 (7); sent 03-06, in time.
        Assert.Equal(D(2024, 3, 13), corrected.CorrectionNoticeDue);
        Assert.False(corrected.CorrectionNoticeLate);
    }

    [Fact]
    public void AThirdPartyConsultationIsLeftOutOfTheAnswerPeriod()
    {
        // Received Mon 2024-05-06 (after 劳动节 2024, off 05-01…05-05, 班 Sat 05-11). Letter to the third party Fri 05-10,
        // its opinion arrives Fri 05-31. Counted: 1–4 05-07…05-10; left out 05-11 (班) … 05-31, 16 working days
        // (05-11, 05-13…17, 05-20…24, 05-27…31); again 5–9 06-03…06-07 | 端午 off Mon 06-10 | 10–13 06-11…06-14
        // | 14–18 06-17…06-21 | 19 06-24, 20 Tue 06-25. Without the pause it would be due 05-31.
        var received = Request(HandedIn(D(2024, 5, 6)));
        Assert.Equal(D(2024, 5, 31), DeadlineOn(received, D(2024, 5, 6)).DueDate);

        var paused = received.With(new ConsultationPaused(D(2024, 5, 10), ConsultationParty.ThirdParty, "涉及企业商业秘密"));
        var during = DeadlineOn(paused, D(2024, 5, 20));
        Assert.Equal(RequestStatus.Paused, during.Status);
        Assert.Null(during.DueDate);
        Assert.Equal(16, during.WorkingDaysLeft);
        // 05-11 班, 05-13…05-17, 05-20: 7 working days stopped so far.
        Assert.Equal(7, during.PausedWorkingDays);

        var resumed = DeadlineOn(paused.With(new ConsultationResumed(D(2024, 5, 31))), D(2024, 5, 31));
        Assert.Equal(D(2024, 6, 25), resumed.DueDate);
        Assert.Equal(16, resumed.PausedWorkingDays);
        Assert.Equal(RequestStatus.Open, resumed.Status);
    }

    [Fact]
    public void AnExtensionOfTwentyWorkingDaysMovesTheDueDateFrom16MayTo13June2023()
    {
        // Received Mon 2023-04-17. 劳动节 2023: off 04-29…05-03, 班 Sun 04-23 and Sat 05-06.
        // 1–4 04-18…04-21 | 5 04-23 班 | 6–10 04-24…04-28 | off | 11 05-04, 12 05-05 | 13 05-06 班 | 14–18 05-08…05-12
        // | 19 05-15, 20 Tue 05-16. Extended by 20 on 05-12: 1–3 05-17…05-19 | 4–8 05-22…26 | 9–13 05-29…06-02
        // | 14–18 06-05…06-09 | 19 06-12, 20 Tue 06-13 (端午 2023 starts 06-22, outside).
        var received = Request(HandedIn(D(2023, 4, 17)));
        Assert.Equal(D(2023, 5, 16), DeadlineOn(received, D(2023, 4, 17)).DueDate);

        var extended = received.With(new ExtensionGranted(D(2023, 5, 12), 20, "涉及多个部门、需调取历年档案", "县政府办公室主任"));
        var deadline = DeadlineOn(extended, D(2023, 5, 12));
        Assert.Equal(D(2023, 6, 13), deadline.DueDate);
        Assert.Equal(20, deadline.ExtensionWorkingDays);

        var answered = DeadlineOn(extended.With(new RequestAnswered(D(2023, 6, 13), RequestResult.Disclosed)), D(2023, 6, 13));
        Assert.Equal(RequestStatus.AnsweredOnTime, answered.Status);
    }

    [Fact]
    public void ARequestReceivedBeforeNewYearIsDueOnAMakeUpSundayOfTheNextYear()
    {
        // Received by letter, signed for Fri 2019-12-20. 1–5 12-23…12-27 | 6 12-30, 7 12-31 | 元旦 2020-01-01 off
        // | 8 01-02, 9 01-03 | 10–14 01-06…01-10 | 15–19 01-13…01-17 | 20 Sun 01-19, the 春节 make-up day.
        var request = Request(new RequestReceived(ReceiptChannel.Letter, D(2019, 12, 20), SignedForOn: D(2019, 12, 20)));
        var atYearEnd = DeadlineOn(request, D(2019, 12, 31));

        Assert.Equal(D(2020, 1, 19), atYearEnd.DueDate);
        Assert.True(request.IsOpenAt(D(2019, 12, 31)));
        // After 12-31: 01-02, 01-03, 01-06…10, 01-13…17, 01-19 → 13 working days left.
        Assert.Equal(13, atYearEnd.WorkingDaysLeft);
    }

    [Fact]
    public void ACalendarYearEnteredLaterMovesAnOpenRequestsDueDate()
    {
        // Received Thu 2026-02-05 (online, confirmed the same day).
        // Before 2026 is entered (weekends only, provisional): 1 02-06 | 2–6 02-09…13 | 7–11 02-16…20 | 12–16 02-23…27
        // | 17–20 03-02…03-05 Thu.
        // With 2026's notice (春节 off 02-15…02-23, 班 Sat 02-14 and Sat 02-28): 1 02-06 | 2–6 02-09…13 | 7 02-14 班 | off
        // | 8–11 02-24…27 | 12 02-28 班 | 13–17 03-02…06 | 18 03-09, 19 03-10, 20 Wed 03-11.
        var without2026 = new WorkingDayCalendar(
            OfficialHolidays.Years.Where(y => y.Year < 2026).Select(y => y.Year),
            OfficialHolidays.Years.Where(y => y.Year < 2026).SelectMany(y => y.Days));
        var request = Request(Online(D(2026, 2, 5), D(2026, 2, 5)));

        var before = RequestDeadlineEngine.Compute(request, without2026, D(2026, 2, 10));
        var after = RequestDeadlineEngine.Compute(request, Official, D(2026, 2, 10));

        Assert.Equal(D(2026, 3, 5), before.DueDate);
        Assert.True(before.Provisional);
        Assert.Equal(D(2026, 3, 11), after.DueDate);
        Assert.False(after.Provisional);
        // Working days after 02-10: weekends only 02-11…13, 16…20, 23…27, 03-02…05 = 17; with the notice
        // 02-11…13, 02-14 班, 02-24…28, 03-02…06, 03-09…11 = 17 as well — the window moved, not its length.
        Assert.Equal(17, before.WorkingDaysLeft);
        Assert.Equal(17, after.WorkingDaysLeft);
    }

    [Fact]
    public void ACorrectionNoticeSentOnTheEighthWorkingDayIsLate()
    {
        // Received Fri 2025-01-24. 春节 2025: off 01-28…02-04, 班 Sun 01-26 and Sat 02-08.
        // 1 01-26 班 | 2 01-27 | off | 3 02-05, 4 02-06, 5 02-07 | 6 02-08 班 | 7 Mon 02-10. Sent Tue 02-11: late.
        var received = Request(HandedIn(D(2025, 1, 24)));

        var late = DeadlineOn(received.With(new CorrectionRequested(D(2025, 2, 11))), D(2025, 2, 11));
        var inTime = DeadlineOn(received.With(new CorrectionRequested(D(2025, 2, 10))), D(2025, 2, 11));

        Assert.Equal(D(2025, 2, 10), late.CorrectionNoticeDue);
        Assert.True(late.CorrectionNoticeLate);
        Assert.False(inTime.CorrectionNoticeLate);
    }

    [Fact]
    public void CountingFromTheDayOfReceiptIsASettingAndEndsOneWorkingDayEarlier()
    {
        // Received Thu 2024-02-08, a working day, counted as day 1: 2 02-09 | off | 3 02-18 班 | 4–8 02-19…23
        // | 9–13 02-26…03-01 | 14–18 03-04…08 | 19 03-11, 20 Tue 03-12 (one day before the default 03-13).
        var settings = new RequestDeadlineSettings(DeadlineCountingStart.DayOfReceipt);
        Assert.Equal(D(2024, 3, 12), DeadlineOn(Request(HandedIn(D(2024, 2, 8))), D(2024, 2, 8), settings).DueDate);

        // Received on Mon 2024-02-12, inside 春节: the first working day is 02-18 under either convention.
        // 1 02-18 | 2–6 02-19…23 | 7–11 02-26…03-01 | 12–16 03-04…08 | 17–20 03-11…14 Thu.
        var onHoliday = Request(HandedIn(D(2024, 2, 12)));
        Assert.Equal(D(2024, 3, 14), DeadlineOn(onHoliday, D(2024, 2, 12), settings).DueDate);
        Assert.Equal(D(2024, 3, 14), DeadlineOn(onHoliday, D(2024, 2, 12)).DueDate);
    }

    [Fact]
    public void StepsAfterTheAsOfDayHaveNotHappenedYet()
    {
        var request = Request(HandedIn(D(2024, 2, 8)), new RequestAnswered(D(2024, 3, 1), RequestResult.Disclosed));

        Assert.Equal(RequestStatus.Open, DeadlineOn(request, D(2024, 2, 20)).Status);
        Assert.Equal(RequestStatus.AnsweredOnTime, DeadlineOn(request, D(2024, 3, 1)).Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineOn(request, D(2024, 2, 7)));
    }
}
