namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 工作日历 — the official working-day calendar: an immutable snapshot of the entered years and the days their
/// notices list. A day is a working day when it is listed as a make-up workday (上班), or when it is Monday to
/// Friday and not listed as an off day (docs/domain.md §4). Years not entered assume weekends only.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<int> _enteredYears;
    private readonly Dictionary<DateOnly, HolidayDay> _days;

    public WorkingDayCalendar(IEnumerable<int> enteredYears, IEnumerable<HolidayDay> days)
    {
        ArgumentNullException.ThrowIfNull(enteredYears);
        ArgumentNullException.ThrowIfNull(days);
        _enteredYears = [.. enteredYears];
        _days = [];
        foreach (var day in days)
        {
            if (!_days.TryAdd(day.Date, day))
            {
                throw new ArgumentException($"{day.Date:yyyy-MM-dd} is listed twice.", nameof(days));
            }
        }
    }

    /// <summary>A calendar that knows no year: weekends only, everything provisional.</summary>
    public static WorkingDayCalendar Empty { get; } = new([], []);

    public IReadOnlyCollection<int> EnteredYears => _enteredYears;

    public IReadOnlyCollection<HolidayDay> Days => _days.Values;

    public bool IsYearEntered(int year) => _enteredYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) => _days.TryGetValue(date, out var listed)
        ? !listed.IsOffDay
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The listed day on <paramref name="date"/>, if a notice names it.</summary>
    public HolidayDay? Listed(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>, counting from the next day:
    /// the day after start is the first candidate, and 0 days gives start itself (nothing examined, not provisional).
    /// </summary>
    public WorkingDayResult AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        var provisional = false;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            provisional |= !IsYearEntered(date.Year);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return new WorkingDayResult(date, provisional);
    }

    /// <summary>Working days from <paramref name="fromInclusive"/> to <paramref name="toInclusive"/>; an empty range (to before from) counts 0.</summary>
    public WorkingDayCount CountWorkingDays(DateOnly fromInclusive, DateOnly toInclusive)
    {
        var count = 0;
        var provisional = false;
        for (var date = fromInclusive; date <= toInclusive; date = date.AddDays(1))
        {
            provisional |= !IsYearEntered(date.Year);
            if (IsWorkingDay(date))
            {
                count++;
            }

            if (date == DateOnly.MaxValue)
            {
                break;
            }
        }

        return new WorkingDayCount(count, provisional);
    }

    /// <summary>True when both snapshots hold the same years and the same days (used to tell whether a reload changed anything).</summary>
    public bool HasSameContentAs(WorkingDayCalendar other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _enteredYears.SetEquals(other._enteredYears)
            && _days.Count == other._days.Count
            && _days.All(d => other._days.TryGetValue(d.Key, out var o) && o == d.Value);
    }
}
