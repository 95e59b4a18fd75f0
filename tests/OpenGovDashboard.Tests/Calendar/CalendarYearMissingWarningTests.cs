using System.Globalization;
using Bunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Tests.Calendar;

/// <summary>The warning component over the real CalendarService, on an in-memory SQLite model holding 2019–2026.</summary>
public sealed class CalendarYearMissingWarningTests : BunitContext
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<SqliteDashboardDbContext> _options;
    private readonly FakeTimeProvider _clock = new();

    public CalendarYearMissingWarningTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");

        _connection.Open();
        _options = new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(_connection).Options;
        using (var db = new SqliteDashboardDbContext(_options))
        {
            db.Database.EnsureCreated();
            foreach (var year in OfficialHolidays.Years)
            {
                db.CalendarYears.Add(new CalendarYear { Year = year.Year, NoticeTitle = year.NoticeTitle, EnteredBy = "system" });
            }

            db.SaveChanges();
        }

        Services.AddSingleton<IDbContextFactory<DashboardDbContext>>(new Factory(_options));
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton<CalendarService>();
    }

    [Fact]
    public void NothingShowsBeforeOctoberWhenThisYearIsEntered()
    {
        // 15:59 UTC is 23:59 on 2026-09-30 in Shanghai: still September.
        _clock.SetUtcNow(new DateTimeOffset(2026, 9, 30, 15, 59, 0, TimeSpan.Zero));
        var warning = Render<CalendarYearMissingWarning>();
        Assert.Empty(warning.Markup.Trim());
    }

    [Fact]
    public void FromTheFirstOfOctoberInShanghaiAMissingNextYearIsFlaggedWithALinkToTheCalendar()
    {
        // 2026-09-30 16:30 UTC is 2026-10-01 00:30 in Shanghai.
        _clock.SetUtcNow(new DateTimeOffset(2026, 9, 30, 16, 30, 0, TimeSpan.Zero));
        var warning = Render<CalendarYearMissingWarning>();
        var alert = warning.Find("[data-testid=calendar-year-missing]");
        Assert.Contains("2027年节假日安排尚未录入", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal("admin/calendar", warning.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void TheWarningGoesAwayAsSoonAsTheYearIsEntered()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        var warning = Render<CalendarYearMissingWarning>();
        Assert.NotEmpty(warning.FindAll("[data-testid=calendar-year-missing]"));

        using (var db = new SqliteDashboardDbContext(_options))
        {
            db.CalendarYears.Add(new CalendarYear { Year = 2027, NoticeTitle = OfficialHolidays.NoticeTitleFor(2027), EnteredBy = "admin" });
            db.SaveChanges();
        }

        Services.GetRequiredService<CalendarService>().Invalidate();
        warning.WaitForAssertion(() => Assert.Empty(warning.FindAll("[data-testid=calendar-year-missing]")));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _connection.Dispose();
        }
    }

    private sealed class Factory(DbContextOptions<SqliteDashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(options);
    }
}
