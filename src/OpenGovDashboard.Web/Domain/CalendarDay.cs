namespace OpenGovDashboard.Web.Domain;

/// <summary>放假/调休日 — one day listed in a notice: a holiday off day, or a weekend day that becomes a make-up workday.</summary>
public sealed class CalendarDay
{
    public int Id { get; set; }

    /// <summary>Unique: a date has one status, whichever notice lists it.</summary>
    public DateOnly Date { get; set; }

    /// <summary>True for 放假 (off), false for 上班 (a 调休 make-up workday).</summary>
    public bool IsOffDay { get; set; }

    /// <summary>The holiday the day belongs to, as the notice names it: 元旦, 春节, 国庆节、中秋节 …</summary>
    public required string Name { get; set; }

    /// <summary>The year whose notice lists the day; 2019's notice lists 2018-12-29…31, so this can differ from Date.Year.</summary>
    public int? Year { get; set; }
}
