using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>
/// The admin's edits to the calendar. Each validates everything first and writes nothing on an error; each
/// successful edit is one transaction with one audit entry, after which the cached calendar is dropped.
/// </summary>
public sealed class CalendarCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CalendarService calendar,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2099;

    /// <summary>The longest run entered at once; the longest official run so far is 10 days (2020 春节).</summary>
    public const int MaxDaysAtOnce = 31;

    private const int TitleLength = 200;
    private const int UrlLength = 500;
    private const int NameLength = 50;

    public async Task<CommandResult> EnterYearAsync(CalendarNoticeInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = ValidateNotice(input);
        if (input.Year is { } year && await db.CalendarYears.AnyAsync(y => y.Year == year, cancellationToken))
        {
            errors.Add(Error("year", "Calendar.Error.YearExists", year));
        }

        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        var entered = new CalendarYear
        {
            Year = input.Year!.Value,
            NoticeTitle = input.NoticeTitle!.Trim(),
            NoticeUrl = Blank(input.NoticeUrl),
            AmendmentUrl = Blank(input.AmendmentUrl),
            EnteredAtUtc = clock.GetUtcNow().UtcDateTime,
            EnteredBy = actor,
        };
        db.CalendarYears.Add(entered);
        audit.Add(db, actor, "calendar.year.enter", nameof(CalendarYear), Id(entered.Year), entered.NoticeTitle);
        return await SaveAsync(db, cancellationToken);
    }

    public async Task<CommandResult> UpdateNoticeAsync(CalendarNoticeInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = ValidateNotice(input);
        var entered = input.Year is { } year ? await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == year, cancellationToken) : null;
        if (input.Year is not null && entered is null)
        {
            errors.Add(Error("year", "Calendar.Error.YearNotEntered", input.Year.Value));
        }

        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        entered!.NoticeTitle = input.NoticeTitle!.Trim();
        entered.NoticeUrl = Blank(input.NoticeUrl);
        entered.AmendmentUrl = Blank(input.AmendmentUrl);
        audit.Add(db, actor, "calendar.year.update", nameof(CalendarYear), Id(entered.Year),
            $"{entered.NoticeTitle} | {entered.NoticeUrl} | {entered.AmendmentUrl}");
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>Adds one day, or every day from From to To, to an entered year's notice.</summary>
    public async Task<CommandResult> AddDaysAsync(CalendarDaysInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (!await db.CalendarYears.AnyAsync(y => y.Year == input.Year, cancellationToken))
        {
            errors.Add(Error("year", "Calendar.Error.YearNotEntered", input.Year));
        }

        ValidateName(input.Name, errors);
        var dates = ValidateRange(input, errors);
        ValidateDates(dates, input.Year, input.IsOffDay, "from", errors);
        var taken = await db.CalendarDays.AsNoTracking().Where(d => dates.Contains(d.Date)).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        errors.AddRange(taken.Select(existing =>
            Error("from", "Calendar.Error.DateTaken", Label("date"), Text(existing.Date), existing.Name, Kind(existing.IsOffDay))));
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        var name = input.Name!.Trim();
        db.CalendarDays.AddRange(dates.Select(d => new CalendarDay { Date = d, IsOffDay = input.IsOffDay, Name = name, Year = input.Year }));
        audit.Add(db, actor, "calendar.day.add", nameof(CalendarDay), Text(dates[0]),
            $"{Text(dates[0])}..{Text(dates[^1])} ({dates.Count} days) {(input.IsOffDay ? "off" : "make-up workday")} {name}; year {input.Year}");
        return await SaveAsync(db, cancellationToken);
    }

    public async Task<CommandResult> UpdateDayAsync(CalendarDaysInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == input.DayId, cancellationToken);
        if (day is null)
        {
            return new CommandResult([new FieldError("id", localizer["Calendar.Error.DayNotFound"])]);
        }

        var errors = new List<FieldError>();
        ValidateName(input.Name, errors);
        if (input.From is not { } date)
        {
            errors.Add(Error("date", "Calendar.Error.Required", Label("date")));
        }
        else
        {
            ValidateDates([date], day.Year ?? day.Date.Year, input.IsOffDay, "date", errors);
            if (await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Date == date && d.Id != day.Id, cancellationToken) is { } existing)
            {
                errors.Add(Error("date", "Calendar.Error.DateTaken", Label("date"), Text(date), existing.Name, Kind(existing.IsOffDay)));
            }
        }

        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        var before = $"{Text(day.Date)} {(day.IsOffDay ? "off" : "make-up workday")} {day.Name}";
        day.Date = input.From!.Value;
        day.IsOffDay = input.IsOffDay;
        day.Name = input.Name!.Trim();
        audit.Add(db, actor, "calendar.day.update", nameof(CalendarDay), Id(day.Id),
            $"{before} -> {Text(day.Date)} {(day.IsOffDay ? "off" : "make-up workday")} {day.Name}");
        return await SaveAsync(db, cancellationToken);
    }

    public async Task<CommandResult> DeleteDayAsync(int dayId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == dayId, cancellationToken);
        if (day is null)
        {
            return new CommandResult([new FieldError("id", localizer["Calendar.Error.DayNotFound"])]);
        }

        db.CalendarDays.Remove(day);
        audit.Add(db, actor, "calendar.day.delete", nameof(CalendarDay), Id(day.Id),
            $"{Text(day.Date)} {(day.IsOffDay ? "off" : "make-up workday")} {day.Name}; year {day.Year}");
        return await SaveAsync(db, cancellationToken);
    }

    private async Task<CommandResult> SaveAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken); // the change and its audit entry, in one transaction
        }
        catch (DbUpdateException)
        {
            // A unique date or year written by someone else since we validated.
            return new CommandResult([new FieldError("", localizer["Calendar.Error.Conflict"])]);
        }

        calendar.Invalidate();
        return CommandResult.Success;
    }

    private List<FieldError> ValidateNotice(CalendarNoticeInput input)
    {
        var errors = new List<FieldError>();
        if (input.Year is not { } year)
        {
            errors.Add(Error("year", "Calendar.Error.Required", Label("year")));
        }
        else if (year is < MinYear or > MaxYear)
        {
            errors.Add(Error("year", "Calendar.Error.YearRange", MinYear, MaxYear));
        }

        if (string.IsNullOrWhiteSpace(input.NoticeTitle))
        {
            errors.Add(Error("noticeTitle", "Calendar.Error.Required", Label("noticeTitle")));
        }
        else if (input.NoticeTitle.Trim().Length > TitleLength)
        {
            errors.Add(Error("noticeTitle", "Calendar.Error.TooLong", Label("noticeTitle"), TitleLength));
        }

        ValidateUrl(input.NoticeUrl, "noticeUrl", errors);
        ValidateUrl(input.AmendmentUrl, "amendmentUrl", errors);
        return errors;
    }

    private void ValidateUrl(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var url = value.Trim();
        if (url.Length > UrlLength)
        {
            errors.Add(Error(field, "Calendar.Error.TooLong", Label(field), UrlLength));
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(Error(field, "Calendar.Error.UrlInvalid", Label(field)));
        }
    }

    private void ValidateName(string? name, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(Error("name", "Calendar.Error.Required", Label("name")));
        }
        else if (name.Trim().Length > NameLength)
        {
            errors.Add(Error("name", "Calendar.Error.TooLong", Label("name"), NameLength));
        }
    }

    /// <summary>The dates From…To (To defaults to From), or none when the range itself is wrong.</summary>
    private List<DateOnly> ValidateRange(CalendarDaysInput input, List<FieldError> errors)
    {
        if (input.From is not { } from)
        {
            errors.Add(Error("from", "Calendar.Error.Required", Label("from")));
            return [];
        }

        var to = input.To ?? from;
        if (to < from)
        {
            errors.Add(Error("to", "Calendar.Error.RangeReversed", Text(from)));
            return [];
        }

        if (to.DayNumber - from.DayNumber + 1 > MaxDaysAtOnce)
        {
            errors.Add(Error("to", "Calendar.Error.RangeTooLong", MaxDaysAtOnce));
            return [];
        }

        return [.. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)];
    }

    /// <summary>
    /// A notice lists dates of its own year, and at most the December before when 元旦 begins then (2019's
    /// notice lists 2018-12-29…31). A make-up workday on a weekday would change nothing, so it is a typo.
    /// </summary>
    private void ValidateDates(IReadOnlyList<DateOnly> dates, int year, bool isOffDay, string field, List<FieldError> errors)
    {
        var outside = dates.Where(d => d.Year != year && !(d.Year == year - 1 && d.Month == 12)).ToList();
        if (outside.Count > 0)
        {
            errors.Add(Error(field, "Calendar.Error.DateOutsideYear", Label("date"), List(outside), year, year - 1));
        }

        var weekdays = isOffDay ? [] : dates.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        if (weekdays.Count > 0)
        {
            errors.Add(Error(field, "Calendar.Error.MakeUpOnWeekday", Label("date"), List(weekdays)));
        }
    }

    private FieldError Error(string field, string key, params object[] arguments) =>
        new(field, localizer[key, arguments]);

    private string Label(string field) => localizer["Calendar.Field." + char.ToUpperInvariant(field[0]) + field[1..]];

    private string Kind(bool isOffDay) => localizer[isOffDay ? "Calendar.Off" : "Calendar.Work"];

    private string List(IEnumerable<DateOnly> dates) => string.Join(localizer["Calendar.ListSeparator"], dates.Select(Text));

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
