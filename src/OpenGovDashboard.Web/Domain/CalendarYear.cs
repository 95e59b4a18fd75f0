namespace OpenGovDashboard.Web.Domain;

/// <summary>年度节假日安排 — a calendar year whose 国务院办公厅 notice on holidays and 调休 has been entered.</summary>
public sealed class CalendarYear
{
    public int Year { get; set; }

    /// <summary>The notice's title, e.g. 国务院办公厅关于2024年部分节假日安排的通知.</summary>
    public required string NoticeTitle { get; set; }

    public string? NoticeUrl { get; set; }

    /// <summary>A later notice that changed the arrangement (2019 劳动节, 2020 春节 for COVID-19), if any.</summary>
    public string? AmendmentUrl { get; set; }

    public DateTime EnteredAtUtc { get; set; }

    /// <summary>A user name, or "system" for the official years seeded at start-up.</summary>
    public required string EnteredBy { get; set; }
}
