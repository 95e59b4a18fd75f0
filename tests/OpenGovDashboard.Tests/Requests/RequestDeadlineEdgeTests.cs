using System.Globalization;
using OpenGovDashboard.Web.Domain.Requests;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>Less common histories: several consultations, a pause too late to help, the other counting convention.</summary>
public sealed class RequestDeadlineEdgeTests
{
    // Received Mon 2024-03-04; with no step after it, due Mon 04-01 (see RequestDeadlineTests).
    private static readonly DisclosureRequest Received = Request(HandedIn(D(2024, 3, 4)));

    [Fact]
    public void TwoConsultationsAreBothLeftOut()
    {
        // 1–4 03-05…03-08, paused → 03-12 (leaves out 03-11, 03-12); 5–7 03-13…03-15, paused → 03-20 (leaves out 03-18…20);
        // 8 03-21, 9 03-22, 10–14 03-25…29, 15–17 04-01…03, 清明 off 04-04…06, 18 04-07 班, 19 04-08, 20 Tue 04-09.
        var request = Received
            .With(new ConsultationPaused(D(2024, 3, 8), ConsultationParty.ThirdParty))
            .With(new ConsultationResumed(D(2024, 3, 12)))
            .With(new ConsultationPaused(D(2024, 3, 15), ConsultationParty.OtherAgency))
            .With(new ConsultationResumed(D(2024, 3, 20)));

        var deadline = DeadlineOn(request, D(2024, 3, 20));
        Assert.Equal(D(2024, 4, 9), deadline.DueDate);
        Assert.Equal(5, deadline.PausedWorkingDays);
    }

    [Fact]
    public void AConsultationStartedAfterTheDueDateDoesNotRescueAnOverdueRequest()
    {
        var deadline = DeadlineOn(Received.With(new ConsultationPaused(D(2024, 4, 3), ConsultationParty.ThirdParty)), D(2024, 4, 5));
        Assert.Equal(D(2024, 4, 1), deadline.DueDate);
        Assert.Equal(RequestStatus.Overdue, deadline.Status);
        // Past 04-01: 04-02, 04-03 (04-04 and 04-05 are 清明).
        Assert.Equal(-2, deadline.WorkingDaysLeft);
    }

    [Fact]
    public void CountingFromTheDayOfAnEventAlsoCountsTheDayTheConsultationReplyArrives()
    {
        // Day 1 is Mon 03-04 itself: 1–5 03-04…03-08, paused 03-08 → 03-12, and 03-12 counts again:
        // 6–9 03-12…03-15 | 10–14 03-18…22 | 15–19 03-25…29 | 20 Mon 04-01.
        var request = Received
            .With(new ConsultationPaused(D(2024, 3, 8), ConsultationParty.ThirdParty))
            .With(new ConsultationResumed(D(2024, 3, 12)));

        var deadline = DeadlineOn(request, D(2024, 3, 12), new RequestDeadlineSettings(DeadlineCountingStart.DayOfReceipt));
        Assert.Equal(D(2024, 4, 1), deadline.DueDate);
        Assert.Equal(1, deadline.PausedWorkingDays);
    }

    [Fact]
    public void ARequestDueInAYearNotYetEnteredIsProvisional()
    {
        // Received Mon 2026-12-21: 1–4 12-22…12-25 (weekdays; no 2026 holiday left), 5–8 12-28…12-31, then 2027 has no
        // notice yet, weekends only: 9 01-01 (surely 元旦 in fact) … 20 Mon 2027-01-18.
        var deadline = DeadlineOn(Request(HandedIn(D(2026, 12, 21))), D(2026, 12, 21));
        Assert.Equal(D(2027, 1, 18), deadline.DueDate);
        Assert.True(deadline.Provisional);
    }

    [Fact]
    public void EveryMessageKeyHasAChineseAndAnEnglishText()
    {
        var arguments = Enumerable.Range(1, 7).Cast<object>().ToArray();
        foreach (var key in RequestMessages.Keys)
        {
            var zh = RequestMessages.Format(new RequestProblem("f", key, arguments), CultureInfo.GetCultureInfo("zh-CN"));
            var en = RequestMessages.Format(new RequestProblem("f", key, arguments), CultureInfo.GetCultureInfo("en-US"));
            Assert.NotEqual(zh, en);
            Assert.DoesNotContain('{', zh + en);
        }
    }
}
