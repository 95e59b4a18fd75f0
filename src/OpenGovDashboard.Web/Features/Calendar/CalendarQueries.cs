using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>Read side of the calendar admin page: the entered years and one year's listed days.</summary>
public sealed class CalendarQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CalendarYearItem>> ListYearsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Year != null)
            .GroupBy(d => d.Year!.Value)
            .Select(g => new { Year = g.Key, Off = g.Count(d => d.IsOffDay), Work = g.Count(d => !d.IsOffDay) })
            .ToDictionaryAsync(x => x.Year, cancellationToken);
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return [.. years.Select(y => new CalendarYearItem(
            y.Year,
            y.NoticeTitle,
            y.NoticeUrl,
            y.AmendmentUrl,
            y.EnteredAtUtc,
            y.EnteredBy,
            counts.TryGetValue(y.Year, out var c) ? c.Off : 0,
            counts.TryGetValue(y.Year, out c) ? c.Work : 0))];
    }

    /// <summary>The days the given year's notice lists (including any in the December before), by date.</summary>
    public async Task<IReadOnlyList<CalendarDayItem>> ListDaysAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CalendarDays.AsNoTracking()
            .Where(d => d.Year == year)
            .OrderBy(d => d.Date)
            .Select(d => new CalendarDayItem(d.Id, d.Date, d.IsOffDay, d.Name))
            .ToListAsync(cancellationToken);
    }
}
