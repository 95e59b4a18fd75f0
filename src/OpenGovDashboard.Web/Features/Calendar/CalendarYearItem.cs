namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>An entered year with how many off days and make-up workdays its notice lists.</summary>
public sealed record CalendarYearItem(
    int Year,
    string NoticeTitle,
    string? NoticeUrl,
    string? AmendmentUrl,
    DateTime EnteredAtUtc,
    string EnteredBy,
    int OffDays,
    int MakeUpDays);
