using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain.Requests;
using static OpenGovDashboard.Tests.Requests.RequestHistories;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>The figures behind GET /api/v1/requests/stats.</summary>
public sealed class RequestYearStatsTests
{
    [Fact]
    public void TheDemoYearHasSevenRequestsAllAnsweredOnTime()
    {
        var stats = RequestYearStats.Compute(2019, LuodianDemoRequests.Build(), Official, D(2019, 12, 31));

        Assert.Equal((7, 0, 0, 0, (double?)100), (stats.Received, stats.Open, stats.Overdue, stats.DueSoon, stats.OnTimeRate));
        Assert.Equal([new(RequestResult.Disclosed, 6), new(RequestResult.PartiallyDisclosed, 1)], stats.ByResult);
    }

    [Fact]
    public void OpenOverdueDueSoonAndTheOnTimeRateOnADayOfTheYear()
    {
        // Received Tue 2024-01-02 (元旦 01-01 off): 1–3 01-03…05, 4–8 01-08…12, 9–13 01-15…19, 14–18 01-22…26, 19 01-29,
        // 20 Tue 01-30. Received 02-08: due 03-13, three working days left after Fri 03-08.
        DisclosureRequest Handed(string reference, DateOnly received, DateOnly? answered = null, RequestResult result = RequestResult.Disclosed) =>
            Request(answered is { } on ? [HandedIn(received), new RequestAnswered(on, result)] : [HandedIn(received)]) with { Reference = reference };

        var stats = RequestYearStats.Compute(2024,
        [
            Handed("due soon", D(2024, 2, 8)),
            Handed("overdue", D(2024, 1, 2)),
            Handed("answered on the due date", D(2024, 1, 2), D(2024, 1, 30)),
            Handed("answered a day late", D(2024, 1, 2), D(2024, 1, 31)),
            Handed("from 2023", D(2023, 12, 28), D(2024, 1, 10), RequestResult.PartiallyDisclosed),
            Handed("not yet received", D(2024, 3, 11)),
        ], Official, D(2024, 3, 8));

        Assert.Equal((4, 2, 1, 1), (stats.Received, stats.Open, stats.Overdue, stats.DueSoon));
        Assert.Equal(200.0 / 3, stats.OnTimeRate);
        Assert.Equal([new(RequestResult.Disclosed, 2), new(RequestResult.PartiallyDisclosed, 1)], stats.ByResult);
    }
}
