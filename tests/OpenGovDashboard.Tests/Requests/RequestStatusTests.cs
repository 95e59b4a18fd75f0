using OpenGovDashboard.Web.Domain.Requests;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>
/// The edges of the status, on a request received Thu 2024-02-08 and due Wed 2024-03-13 (counted in
/// <see cref="RequestDeadlineTests.ARequestReceivedBeforeSpringFestival2024IsDueOn13March"/>).
/// </summary>
public sealed class RequestStatusTests
{
    private static readonly DisclosureRequest Received = Request(HandedIn(D(2024, 2, 8)));

    [Fact]
    public void FourWorkingDaysLeftIsStillOpen()
    {
        // After Thu 03-07: 03-08, 03-11, 03-12, 03-13.
        var deadline = DeadlineOn(Received, D(2024, 3, 7));
        Assert.Equal(4, deadline.WorkingDaysLeft);
        Assert.Equal(RequestStatus.Open, deadline.Status);
    }

    [Fact]
    public void ExactlyThreeWorkingDaysLeftIsDueSoon()
    {
        // After Fri 03-08: 03-11, 03-12, 03-13 (the weekend between does not count).
        var deadline = DeadlineOn(Received, D(2024, 3, 8));
        Assert.Equal(3, deadline.WorkingDaysLeft);
        Assert.Equal(RequestStatus.DueSoon, deadline.Status);
    }

    [Fact]
    public void TheDueSoonThresholdIsASetting()
    {
        // After Wed 03-06: 03-07, 03-08, 03-11, 03-12, 03-13 = 5.
        Assert.Equal(RequestStatus.Open, DeadlineOn(Received, D(2024, 3, 6)).Status);
        Assert.Equal(RequestStatus.DueSoon, DeadlineOn(Received, D(2024, 3, 6), new RequestDeadlineSettings(DueSoonWorkingDays: 5)).Status);
    }

    [Fact]
    public void OnTheDueDateNoWorkingDayIsLeftAndItIsStillDueSoon()
    {
        var deadline = DeadlineOn(Received, D(2024, 3, 13));
        Assert.Equal(0, deadline.WorkingDaysLeft);
        Assert.Equal(RequestStatus.DueSoon, deadline.Status);
    }

    [Fact]
    public void TheDayAfterTheDueDateIsOverdue()
    {
        var deadline = DeadlineOn(Received, D(2024, 3, 14));
        Assert.Equal(-1, deadline.WorkingDaysLeft);
        Assert.Equal(RequestStatus.Overdue, deadline.Status);
    }

    [Fact]
    public void AWeekendAfterADueFridayIsOverdueWithNoWorkingDayMissedYet()
    {
        // Received Fri 2024-03-01: 1–5 03-04…08 | 6–10 03-11…15 | 11–15 03-18…22 | 16–20 03-25…29 → Fri 03-29.
        var deadline = DeadlineOn(Request(HandedIn(D(2024, 3, 1))), D(2024, 3, 30));
        Assert.Equal(D(2024, 3, 29), deadline.DueDate);
        Assert.Equal(RequestStatus.Overdue, deadline.Status);
        Assert.Equal(0, deadline.WorkingDaysLeft);
    }

    [Fact]
    public void AnAnswerOnTheDueDateIsOnTime()
    {
        var deadline = DeadlineOn(Received.With(new RequestAnswered(D(2024, 3, 13), RequestResult.Disclosed)), D(2024, 4, 1));
        Assert.Equal(RequestStatus.AnsweredOnTime, deadline.Status);
        Assert.Null(deadline.WorkingDaysLeft);
    }

    [Fact]
    public void AnAnswerTheDayAfterTheDueDateIsLate() =>
        Assert.Equal(RequestStatus.AnsweredLate,
            DeadlineOn(Received.With(new RequestAnswered(D(2024, 3, 14), RequestResult.Disclosed)), D(2024, 4, 1)).Status);

    [Fact]
    public void AnAnswerDuringAnOpenConsultationEndsThePauseOnItsDay()
    {
        // Paused Mon 02-26 after 1 02-09, 2 02-18, 3–7 02-19…23, 8 02-26; the answer on Fri 03-29 closes the pause, so
        // 12 days remain from 03-29: 1–3 04-01…03 | 清明 off 04-04…06 | 4 04-07 班 | 5–9 04-08…12 | 10–12 04-15…17 → 04-17.
        var request = Received
            .With(new ConsultationPaused(D(2024, 2, 26), ConsultationParty.OtherAgency))
            .With(new RequestAnswered(D(2024, 3, 29), RequestResult.PartiallyDisclosed));
        var deadline = DeadlineOn(request, D(2024, 3, 29));
        Assert.Equal(D(2024, 4, 17), deadline.DueDate);
        Assert.Equal(RequestStatus.AnsweredOnTime, deadline.Status);
    }

    [Fact]
    public void AnAnswerWhileAwaitingCorrectionRunsAgainstNoClock()
    {
        var request = Received
            .With(new CorrectionRequested(D(2024, 2, 19)))
            .With(new RequestAnswered(D(2024, 6, 3), RequestResult.OtherNoCorrection));
        var deadline = DeadlineOn(request, D(2024, 6, 3));
        Assert.Equal(RequestStatus.AnsweredOnTime, deadline.Status);
        Assert.Null(deadline.DueDate);
    }
}
