namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>A year's notice as the admin enters or corrects it.</summary>
public sealed class CalendarNoticeInput
{
    public int? Year { get; set; }

    public string? NoticeTitle { get; set; }

    public string? NoticeUrl { get; set; }

    public string? AmendmentUrl { get; set; }
}
