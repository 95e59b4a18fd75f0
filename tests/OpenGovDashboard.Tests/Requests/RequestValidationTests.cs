using System.Globalization;
using OpenGovDashboard.Web.Domain.Requests;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>Histories the 条例 does not allow are refused with field errors in Chinese and English.</summary>
public sealed class RequestValidationTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly DateOnly Today = D(2024, 12, 31);

    private static IReadOnlyList<RequestProblem> Validate(params RequestEvent[] events) =>
        RequestValidator.Validate(Request(events), Official, Today);

    [Fact]
    public void AValidHistoryHasNoProblem() =>
        Assert.Empty(Validate(
            HandedIn(D(2024, 3, 4)),
            new CorrectionRequested(D(2024, 3, 6)),
            new CorrectionReceived(D(2024, 3, 15)),
            new ConsultationPaused(D(2024, 3, 20), ConsultationParty.ThirdParty),
            new ConsultationResumed(D(2024, 4, 2)),
            new ExtensionGranted(D(2024, 4, 10), 10, "需协调两个部门", "王主任"),
            new FeeCharged(D(2024, 4, 20), 100m),
            new RequestAnswered(D(2024, 4, 22), RequestResult.Disclosed)));

    [Fact]
    public void AnAnswerBeforeTheReceiptIsRefusedInChineseAndEnglish()
    {
        var problem = Assert.Single(Validate(HandedIn(D(2024, 3, 4)), new RequestAnswered(D(2024, 3, 1), RequestResult.Disclosed)));

        Assert.Equal("events[1].on", problem.Field);
        Assert.Equal("答复的日期 2024-03-01 早于收到申请之日 2024-03-04。", RequestMessages.Format(problem, Chinese));
        Assert.Equal("The answer on 2024-03-01 is before the request was received on 2024-03-04.", RequestMessages.Format(problem, English));
    }

    [Fact]
    public void ASecondExtensionIsRefused()
    {
        var problems = Validate(
            HandedIn(D(2024, 3, 4)),
            new ExtensionGranted(D(2024, 3, 25), 10, "档案调取", "王主任"),
            new ExtensionGranted(D(2024, 4, 8), 10, "仍需协调", "王主任"));

        var problem = Assert.Single(problems);
        Assert.Equal(("events[2].on", "Requests.Error.ExtensionTwice"), (problem.Field, problem.Key));
        Assert.Equal("答复期限只能延长一次（条例第三十三条）。", RequestMessages.Format(problem, Chinese));
    }

    [Fact]
    public void AnExtensionOfMoreThanTwentyWorkingDaysIsRefused()
    {
        var problem = Assert.Single(Validate(HandedIn(D(2024, 3, 4)), new ExtensionGranted(D(2024, 3, 25), 21, "档案调取", "王主任")));

        Assert.Equal("events[1].workingDays", problem.Field);
        Assert.Equal("延长期限须为1至20个工作日（条例第三十三条），填写的是21。", RequestMessages.Format(problem, Chinese));
        Assert.Equal("An extension is 1 to 20 working days (Art. 33); 21 was given.", RequestMessages.Format(problem, English));
    }

    [Fact]
    public void AnExtensionNeedsAReasonAndAnApprover()
    {
        var problems = Validate(HandedIn(D(2024, 3, 4)), new ExtensionGranted(D(2024, 3, 25), 20, " ", ""));
        Assert.Equal(["events[1].reason", "events[1].approvedBy"], problems.Select(p => p.Field));
    }

    [Fact]
    public void AnExtensionAfterThePeriodEndedIsRefused()
    {
        // Received 2024-03-04, due 2024-04-01 (see RequestDeadlineTests); extending on 04-02 is too late.
        var problem = Assert.Single(Validate(HandedIn(D(2024, 3, 4)), new ExtensionGranted(D(2024, 4, 2), 20, "档案调取", "王主任")));
        Assert.Equal("答复期限已于 2024-04-01 届满，不能再延长。", RequestMessages.Format(problem, Chinese));
        Assert.Empty(Validate(HandedIn(D(2024, 3, 4)), new ExtensionGranted(D(2024, 4, 1), 20, "档案调取", "王主任")));
    }

    [Fact]
    public void AResumptionWithoutAPauseIsRefused()
    {
        var problem = Assert.Single(Validate(HandedIn(D(2024, 3, 4)), new ConsultationResumed(D(2024, 3, 8))));
        Assert.Equal("events[1].on", problem.Field);
        Assert.Equal("没有正在进行的征求意见，不能恢复计时。", RequestMessages.Format(problem, Chinese));
        Assert.Equal("No consultation is open, so the clock cannot resume.", RequestMessages.Format(problem, English));
    }

    [Fact]
    public void ASecondCorrectionRequestAndACorrectionNobodyAskedForAreRefused()
    {
        Assert.Equal("Requests.Error.CorrectionAskedTwice", Assert.Single(Validate(
            HandedIn(D(2024, 3, 4)), new CorrectionRequested(D(2024, 3, 5)), new CorrectionRequested(D(2024, 3, 6)))).Key);
        Assert.Equal("Requests.Error.CorrectionReceivedWithoutRequest", Assert.Single(Validate(
            HandedIn(D(2024, 3, 4)), new CorrectionReceived(D(2024, 3, 6)))).Key);
    }

    [Fact]
    public void AHistoryMustStartWithTheReceiptAndStayInDateOrder()
    {
        Assert.Equal("events", Assert.Single(Validate(new CorrectionRequested(D(2024, 3, 5)))).Field);
        Assert.Equal("Requests.Error.OutOfOrder", Assert.Single(Validate(
            HandedIn(D(2024, 3, 4)), new ConsultationPaused(D(2024, 3, 8), ConsultationParty.ThirdParty),
            new ConsultationResumed(D(2024, 3, 6)))).Key);
        Assert.Equal("Requests.Error.InFuture", Assert.Single(Validate(
            HandedIn(D(2024, 3, 4)), new RequestAnswered(D(2025, 1, 2), RequestResult.Disclosed))).Key);
    }

    [Fact]
    public void NothingButAFeeFollowsTheAnswer()
    {
        var problems = Validate(
            HandedIn(D(2024, 3, 4)), new RequestAnswered(D(2024, 3, 8), RequestResult.Disclosed),
            new FeeCharged(D(2024, 3, 9), 50m), new ConsultationPaused(D(2024, 3, 11), ConsultationParty.ThirdParty));

        var problem = Assert.Single(problems);
        Assert.Equal("events[3].on", problem.Field);
        Assert.Equal("申请已于 2024-03-08 答复，其后不能再记录征求意见。", RequestMessages.Format(problem, Chinese));
    }

    [Fact]
    public void AReceiptWithoutTheDateItsChannelNeedsIsRefused()
    {
        var letter = Assert.Single(Validate(new RequestReceived(ReceiptChannel.Letter, D(2024, 3, 4))));
        Assert.Equal("events[0].signedForOn", letter.Field);

        var fax = Assert.Single(Validate(new RequestReceived(ReceiptChannel.Fax, D(2024, 3, 4))));
        Assert.Equal("events[0].confirmedOn", fax.Field);
        Assert.Equal("通过传真收到的申请须填写双方确认的日期（条例第三十一条）。", RequestMessages.Format(fax, Chinese));
        Assert.Equal("A request received by fax needs the day both sides confirmed it (Art. 31).", RequestMessages.Format(fax, English));

        Assert.Equal("Requests.Error.ReceiptBeforeArrival", Assert.Single(Validate(Online(D(2024, 3, 4), D(2024, 3, 1)))).Key);
    }

    [Fact]
    public void AResultMustBelongToTheFormOfTheAnswersYear()
    {
        // 2020 still uses the 2019 form: its （六） has no sub-items yet.
        var in2020 = Assert.Single(RequestValidator.Validate(
            Request(HandedIn(D(2020, 6, 1)), new RequestAnswered(D(2020, 6, 5), RequestResult.OtherHandlingOther)), Official, Today));
        Assert.Equal("答复结果“（六）其他处理 3.其他”不在2020年适用的2019年报格式中。", RequestMessages.Format(in2020, Chinese));

        var in2021 = Assert.Single(RequestValidator.Validate(
            Request(HandedIn(D(2021, 6, 1)), new RequestAnswered(D(2021, 6, 4), RequestResult.OtherHandling)), Official, Today));
        Assert.Equal("The result “（六）其他处理” is not in the 2021 report form that applies to 2021.", RequestMessages.Format(in2021, English));
    }

    [Fact]
    public void ResultsAboutCorrectionNeedTheMatchingCorrectionSteps()
    {
        Assert.Equal("Requests.Error.UnclearNeedsCorrection", Assert.Single(Validate(
            HandedIn(D(2024, 3, 4)), new RequestAnswered(D(2024, 3, 8), RequestResult.UnavailableUnclearAfterCorrection))).Key);
        Assert.Equal("Requests.Error.NoCorrectionNeedsPendingRequest", Assert.Single(Validate(
            HandedIn(D(2024, 3, 4)), new RequestAnswered(D(2024, 3, 8), RequestResult.OtherNoCorrection))).Key);
        Assert.Empty(Validate(
            HandedIn(D(2024, 3, 4)), new CorrectionRequested(D(2024, 3, 5)), new RequestAnswered(D(2024, 5, 8), RequestResult.OtherNoCorrection)));
    }

    [Fact]
    public void ProblemsBecomeTheAppsCommandResult()
    {
        var result = RequestMessages.ToCommandResult(Validate(HandedIn(D(2024, 3, 4)), new ConsultationResumed(D(2024, 3, 8))), English);
        Assert.False(result.Succeeded);
        Assert.Equal("events[1].on", Assert.Single(result.Errors).Field);
        Assert.True(RequestMessages.ToCommandResult([], English).Succeeded);
    }
}
