using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>Short ways to write a request's history in the deadline tests.</summary>
internal static class RequestHistories
{
    public static readonly WorkingDayCalendar Official = OfficialHolidays.BuildCalendar();

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static DisclosureRequest Request(params RequestEvent[] events) =>
        new("LD-TEST-001", "县城污水处理厂提标改造项目环评批复", "罗甸县住房和城乡建设局", ApplicantType.NaturalPerson, events);

    public static RequestReceived HandedIn(DateOnly on) => new(ReceiptChannel.InPerson, on);

    public static RequestReceived Online(DateOnly arrived, DateOnly confirmed) => new(ReceiptChannel.Online, arrived, ConfirmedOn: confirmed);

    public static RequestDeadline DeadlineOn(DisclosureRequest request, DateOnly asOf, RequestDeadlineSettings? settings = null) =>
        RequestDeadlineEngine.Compute(request, Official, asOf, settings);
}
