using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>
/// Writes the official years (<see cref="OfficialHolidays"/>) that the database does not have yet, in one
/// transaction with one audit entry. A year already present — seeded before or entered by an admin — is left as it is.
/// </summary>
public sealed class OfficialHolidaySeeder(
    IDbContextFactory<DashboardDbContext> dbFactory,
    AuditLog audit,
    TimeProvider clock,
    ILogger<OfficialHolidaySeeder> logger) : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SeedMissingYearsAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await AllOfficialYearsPresentAsync(cancellationToken))
            {
                throw;
            }

            // Another instance starting at the same moment wrote them first.
            logger.LogInformation("The official holiday years were seeded by another instance");
        }
    }

    private async Task SeedMissingYearsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var present = (await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken)).ToHashSet();
        var missing = OfficialHolidays.Years.Where(y => !present.Contains(y.Year)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var takenDates = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var year in missing)
        {
            db.CalendarYears.Add(new CalendarYear
            {
                Year = year.Year,
                NoticeTitle = year.NoticeTitle,
                NoticeUrl = year.NoticeUrl,
                AmendmentUrl = year.AmendmentUrl,
                EnteredAtUtc = now,
                EnteredBy = "system",
            });
            foreach (var day in year.Days)
            {
                if (takenDates.Contains(day.Date))
                {
                    // An admin already recorded this date (under another year); theirs stands.
                    logger.LogWarning("Official day {Date} of {Year} not seeded: the date is already in the calendar", day.Date, year.Year);
                    continue;
                }

                db.CalendarDays.Add(new CalendarDay { Date = day.Date, IsOffDay = day.IsOffDay, Name = day.Name, Year = year.Year });
                added++;
            }
        }

        var years = string.Join(",", missing.Select(y => y.Year));
        audit.Add(db, "system", "calendar.seed", nameof(CalendarYear), years, $"official years {years}; days={added}");
        await db.SaveChangesAsync(cancellationToken); // one call, one transaction: all the years or none
        logger.LogInformation("Seeded the official holiday calendar for {Years} ({Days} days)", years, added);
    }

    private async Task<bool> AllOfficialYearsPresentAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var official = OfficialHolidays.Years.Select(y => y.Year).ToList();
        return await db.CalendarYears.CountAsync(y => official.Contains(y.Year), cancellationToken) == official.Count;
    }
}
