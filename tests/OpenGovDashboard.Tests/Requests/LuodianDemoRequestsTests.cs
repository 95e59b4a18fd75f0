using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain.Requests;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>The demo's seven requests of 2019 reproduce the reference report's tables 三 and 四 (docs/domain.md §0).</summary>
public sealed class LuodianDemoRequestsTests
{
    private static readonly IReadOnlyList<DisclosureRequest> Requests = LuodianDemoRequests.Build();
    private static readonly DateOnly YearEnd = new(2019, 12, 31);

    [Fact]
    public void TableThreeOf2019EqualsTheReferenceReportCellByCell()
    {
        var reference = ReferenceReport.TableThree;
        var table = RequestTables.BuildTableThree(2019, Requests);

        Assert.Equal(23, reference.Count);
        Assert.Equal(reference.Count, table.Lines.Count);
        foreach (var (printed, line) in reference.Zip(table.Lines))
        {
            Assert.Equal(printed.Label, line.Row.Label);
            Assert.Equal(printed.Values.Select(v => (int?)v), line.Values);
        }

        Assert.All(RequestTableChecks.Evaluate(table, RequestTables.BuildTableFour(2019, LuodianDemoRequests.ReviewCases)), c => Assert.True(c.Passed, c.Detail));
    }

    [Fact]
    public void TableFourOf2019EqualsTheReferenceReport()
    {
        var reference = ReferenceReport.TableFour;
        Assert.Equal(15, reference.Length);
        Assert.Equal(reference.Select(v => (int?)v), RequestTables.BuildTableFour(2019, LuodianDemoRequests.ReviewCases).Values);
    }

    [Fact]
    public void SevenRequestsFourOnlineAndThreeByLetterAllFromNaturalPersons()
    {
        Assert.Equal(7, Requests.Count);
        Assert.Equal(4, Requests.Count(r => r.Receipt!.Channel == ReceiptChannel.Online));
        Assert.Equal(3, Requests.Count(r => r.Receipt!.Channel == ReceiptChannel.Letter));
        Assert.All(Requests, r => Assert.Equal(ApplicantType.NaturalPerson, r.ApplicantType));
        Assert.Equal(7, Requests.Select(r => r.Reference).Distinct().Count());
    }

    [Fact]
    public void EveryDemoRequestIsAValidHistoryAnsweredOnTimeUnderThe2019Regulation()
    {
        foreach (var request in Requests)
        {
            Assert.Empty(RequestValidator.Validate(request, Official, YearEnd));
            Assert.True(request.ReceivedOn >= new DateOnly(2019, 5, 15), request.Reference);
            Assert.Equal(RequestStatus.AnsweredOnTime, RequestDeadlineEngine.Compute(request, Official, YearEnd).Status);
        }
    }

    [Fact]
    public void TheConsultedAndTheCorrectedRequestsAreDueWhereCountedByHand()
    {
        // 004: letter signed for Mon 08-19; 1–4 08-20…23, 5–7 08-26…28, paused 08-28 to 09-12 (中秋 09-13 off);
        // 8–12 09-16…20, 13–17 09-23…27, 18 09-29 Sun 班, 19 09-30, 国庆 off 10-01…07, 20 Tue 10-08.
        Assert.Equal(new DateOnly(2019, 10, 8), RequestDeadlineEngine.Compute(Requests[3], Official, YearEnd).DueDate);
        // 005: corrected application Fri 09-20; 1–5 09-23…27, 6 09-29 班, 7 09-30, 8–11 10-08…11, 12 10-12 Sat 班,
        // 13–17 10-14…18, 18–20 10-21…23. The 补正 notice (Tue 09-16) was due by 09-20: 09-11, 09-12, 09-16…09-20.
        var corrected = RequestDeadlineEngine.Compute(Requests[4], Official, YearEnd);
        Assert.Equal(new DateOnly(2019, 10, 23), corrected.DueDate);
        Assert.Equal(new DateOnly(2019, 9, 20), corrected.CorrectionNoticeDue);
        Assert.False(corrected.CorrectionNoticeLate);
    }

    [Fact]
    public void EveryHandlingUnitIsAUnitOfTheDemoCounty()
    {
        var units = LuodianDemoData.BuildOrgUnits().Select(u => u.Name).ToHashSet();
        Assert.All(Requests, r => Assert.Contains(r.HandlingUnit, units));
    }
}
