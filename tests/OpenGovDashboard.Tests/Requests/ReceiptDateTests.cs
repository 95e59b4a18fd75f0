using OpenGovDashboard.Web.Domain.Requests;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>收到申请之日 per channel, 条例 Art. 31 (docs/domain.md §2).</summary>
public sealed class ReceiptDateTests
{
    [Fact]
    public void HandedInCountsFromTheDayItIsHandedIn() =>
        Assert.Equal(D(2024, 2, 8), new RequestReceived(ReceiptChannel.InPerson, D(2024, 2, 8), ConfirmedOn: D(2024, 2, 9)).ReceiptDate);

    [Fact]
    public void ALetterCountsFromTheDayTheAgencySignsForIt() =>
        Assert.Equal(D(2024, 2, 9), new RequestReceived(ReceiptChannel.Letter, D(2024, 2, 9), SignedForOn: D(2024, 2, 9)).ReceiptDate);

    [Fact]
    public void AnOrdinaryLetterCountsFromTheDayReceiptIsConfirmedWithTheApplicant() =>
        Assert.Equal(D(2024, 2, 19), new RequestReceived(ReceiptChannel.Letter, D(2024, 2, 9), ConfirmedOn: D(2024, 2, 19)).ReceiptDate);

    [Theory]
    [InlineData(ReceiptChannel.Online)]
    [InlineData(ReceiptChannel.Fax)]
    [InlineData(ReceiptChannel.Email)]
    public void OnlineFaxAndEmailCountFromTheDayBothSidesConfirm(ReceiptChannel channel)
    {
        Assert.Equal(D(2024, 2, 18), new RequestReceived(channel, D(2024, 2, 9), ConfirmedOn: D(2024, 2, 18)).ReceiptDate);
        Assert.Null(new RequestReceived(channel, D(2024, 2, 9)).ReceiptDate);
    }

    [Fact]
    public void AnOralApplicationWrittenDownCountsFromTheDayItIsRecorded() =>
        Assert.Equal(D(2024, 2, 8), new RequestReceived(ReceiptChannel.Other, D(2024, 2, 8)).ReceiptDate);

    [Fact]
    public void AnOnlineRequestSubmittedBeforeSpringFestivalButConfirmedAfterIsDueLater()
    {
        // Submitted Fri 2024-02-09, confirmed on the make-up Sunday 02-18. From 02-18: 1–5 02-19…23 | 6–10 02-26…03-01
        // | 11–15 03-04…08 | 16–20 03-11…15 Fri. (Counted from 02-09 it would be due 03-14.)
        var request = Request(Online(D(2024, 2, 9), D(2024, 2, 18)));
        Assert.Equal(D(2024, 3, 15), DeadlineOn(request, D(2024, 2, 18)).DueDate);
        Assert.Equal(D(2024, 3, 14), DeadlineOn(Request(HandedIn(D(2024, 2, 9))), D(2024, 2, 18)).DueDate);
    }
}
