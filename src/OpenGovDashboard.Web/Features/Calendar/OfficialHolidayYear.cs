using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>One year's official arrangement: its notice and every day the notice lists.</summary>
public sealed record OfficialHolidayYear(int Year, string NoticeTitle, string NoticeUrl, string? AmendmentUrl, IReadOnlyList<HolidayDay> Days);
