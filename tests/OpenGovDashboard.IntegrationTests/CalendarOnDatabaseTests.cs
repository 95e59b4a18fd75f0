using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>The working-day calendar on a real database: the official seed, the API and the admin's commands.</summary>
public abstract class CalendarOnDatabaseTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    protected TFixture Fixture { get; } = fixture;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOfficialYears2019To2026AreSeededOnceAndARestartAddsNothing()
    {
        Fixture.RequireDatabase();
        var officialDays = OfficialHolidays.Years.Sum(y => y.Days.Count);
        await using (var db = Fixture.CreateDbContext())
        {
            Assert.Equal(Enumerable.Range(2019, 8), await db.CalendarYears.Where(y => y.EnteredBy == "system")
                .OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(Cancellation));
            Assert.Equal(officialDays, await db.CalendarDays.CountAsync(d => d.Year >= 2019 && d.Year <= 2026, Cancellation));
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "calendar.seed", Cancellation));
            var covid = await db.CalendarYears.SingleAsync(y => y.Year == 2020, Cancellation);
            Assert.Equal("http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm", covid.AmendmentUrl);
            var fromTheNextYearsNotice = await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2018, 12, 29), Cancellation);
            Assert.Equal(2019, fromTheNextYearsNotice.Year);
            Assert.False(fromTheNextYearsNotice.IsOffDay);
        }

        await using (var again = new DashboardAppFactory(Fixture.Database.Provider, Fixture.Database.ConnectionString))
        {
            _ = again.Server;
        }

        await using (var db = Fixture.CreateDbContext())
        {
            Assert.Equal(8, await db.CalendarYears.CountAsync(y => y.Year >= 2019 && y.Year <= 2026, Cancellation));
            Assert.Equal(officialDays, await db.CalendarDays.CountAsync(d => d.Year >= 2019 && d.Year <= 2026, Cancellation));
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "calendar.seed", Cancellation));
        }
    }

    [Fact]
    public async Task AddWorkdaysCountsTwentyWorkingDaysPastSpringFestival2024()
    {
        Fixture.RequireDatabase();
        using var client = KeyedClient();
        var answer = await client.GetFromJsonAsync<JsonElement>(
            new Uri("/api/v1/calendar/add-workdays?start=2024-02-08&days=20", UriKind.Relative), Cancellation);
        Assert.Equal("2024-03-13", answer.GetProperty("date").GetString());
        Assert.False(answer.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task AddWorkdaysIntoAYearNotEnteredIsProvisional()
    {
        Fixture.RequireDatabase();
        using var client = KeyedClient();
        var answer = await client.GetFromJsonAsync<JsonElement>(
            new Uri("/api/v1/calendar/add-workdays?start=2026-12-20&days=20", UriKind.Relative), Cancellation);
        Assert.Equal("2027-01-15", answer.GetProperty("date").GetString());
        Assert.True(answer.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("start=2024-13-01&days=20", "start")]
    [InlineData("start=08/02/2024&days=20", "start")]
    [InlineData("days=20", "start")]
    [InlineData("start=9999-12-30&days=3650", "start")]
    [InlineData("start=2024-02-08&days=-1", "days")]
    [InlineData("start=2024-02-08&days=3651", "days")]
    [InlineData("start=2024-02-08&days=twenty", "days")]
    [InlineData("start=2024-02-08", "days")]
    public async Task AddWorkdaysAnswersBadInputWithAProblemNamingTheField(string query, string field)
    {
        Fixture.RequireDatabase();
        using var client = KeyedClient();
        var response = await client.GetAsync(new Uri("/api/v1/calendar/add-workdays?" + query, UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("请求参数有误。", problem.RootElement.GetProperty("title").GetString());
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.StartsWith(field + "：", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWorkdaysIsPublishedInTheOpenApiDocument()
    {
        Fixture.RequireDatabase();
        using var client = Fixture.Factory.CreateClient();
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancellation);
        Assert.Contains("/api/v1/calendar/add-workdays", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWorkdaysRefusesCallersWithoutAKey()
    {
        Fixture.RequireDatabase();
        using var client = Fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("/api/v1/calendar/add-workdays?start=2024-02-08&days=20", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnAdminsNewOffDayChangesTheApiAnswerAtOnceAndIsAudited()
    {
        Fixture.RequireDatabase();
        using var client = KeyedClient();
        var url = new Uri("/api/v1/calendar/add-workdays?start=2025-03-03&days=5", UriKind.Relative);

        // Mon 2025-03-03 + 5: 03-04, 03-05, 03-06, 03-07, 03-10. The answer is now cached.
        Assert.Equal("2025-03-10", (await client.GetFromJsonAsync<JsonElement>(url, Cancellation)).GetProperty("date").GetString());

        var commands = Fixture.Factory.Services.GetRequiredService<CalendarCommands>();
        var added = await commands.AddDaysAsync(
            new CalendarDaysInput { Year = 2025, From = new DateOnly(2025, 3, 5), IsOffDay = true, Name = "测试假日" },
            "integration-admin",
            Cancellation);
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));

        Assert.Equal("2025-03-11", (await client.GetFromJsonAsync<JsonElement>(url, Cancellation)).GetProperty("date").GetString());
        int dayId;
        await using (var db = Fixture.CreateDbContext())
        {
            var audit = await db.AuditEntries.SingleAsync(a => a.Action == "calendar.day.add", Cancellation);
            Assert.Equal("integration-admin", audit.Actor);
            Assert.Contains("2025-03-05", audit.Summary, StringComparison.Ordinal);
            dayId = (await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2025, 3, 5), Cancellation)).Id;
        }

        var deleted = await commands.DeleteDayAsync(dayId, "integration-admin", Cancellation);
        Assert.True(deleted.Succeeded);
        Assert.Equal("2025-03-10", (await client.GetFromJsonAsync<JsonElement>(url, Cancellation)).GetProperty("date").GetString());
        await using (var db = Fixture.CreateDbContext())
        {
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "calendar.day.delete" && a.Actor == "integration-admin", Cancellation));
        }
    }

    [Fact]
    public async Task AServiceListenerHearsOfAnEdit()
    {
        Fixture.RequireDatabase();
        var service = Fixture.Factory.Services.GetRequiredService<CalendarService>();
        var token = service.GetChangeToken();
        var heard = 0;
        void Listener(object? sender, EventArgs e) => Interlocked.Increment(ref heard);
        service.Changed += Listener;
        try
        {
            var commands = Fixture.Factory.Services.GetRequiredService<CalendarCommands>();
            var result = await commands.UpdateNoticeAsync(
                new CalendarNoticeInput { Year = 2021, NoticeTitle = OfficialHolidays.NoticeTitleFor(2021), NoticeUrl = "http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm" },
                "integration-admin",
                Cancellation);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }
        finally
        {
            service.Changed -= Listener;
        }

        Assert.True(token.HasChanged);
        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task BadDaysAreRefusedInChineseAndEnglishNamingTheFieldAndNothingIsWritten()
    {
        Fixture.RequireDatabase();
        var commands = Fixture.Factory.Services.GetRequiredService<CalendarCommands>();
        await using var db = Fixture.CreateDbContext();
        var daysBefore = await db.CalendarDays.CountAsync(Cancellation);
        var auditBefore = await db.AuditEntries.CountAsync(Cancellation);
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            // A run of three days of which 2024-02-10 is already 春节, and 2024-03-02 lies outside 2023.
            var result = await commands.AddDaysAsync(
                new CalendarDaysInput { Year = 2023, From = new DateOnly(2024, 2, 9), To = new DateOnly(2024, 2, 11), IsOffDay = true, Name = "春节" },
                "integration-admin",
                Cancellation);
            Assert.False(result.Succeeded);
            Assert.Contains(result.Errors, e => e.Field == "from" && e.Message.Contains("日期：2024-02-09、2024-02-10、2024-02-11 不属于2023年的安排", StringComparison.Ordinal));
            Assert.Contains(result.Errors, e => e.Field == "from" && e.Message == "日期：2024-02-10 已在日历中（春节，放假）。");

            var weekday = await commands.AddDaysAsync(
                new CalendarDaysInput { Year = 2024, From = new DateOnly(2024, 3, 4), IsOffDay = false, Name = "" },
                "integration-admin",
                Cancellation);
            Assert.Contains(weekday.Errors, e => e.Field == "name" && e.Message == "节日名称：必填。");
            Assert.Contains(weekday.Errors, e => e.Field == "from" && e.Message.StartsWith("日期：2024-03-04 是周一至周五", StringComparison.Ordinal));

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var year = await commands.EnterYearAsync(
                new CalendarNoticeInput { Year = 2024, NoticeTitle = " ", NoticeUrl = "www.gov.cn/notice" },
                "integration-admin",
                Cancellation);
            Assert.Contains(year.Errors, e => e.Field == "year" && e.Message.StartsWith("Year: the 2024 arrangement is already entered", StringComparison.Ordinal));
            Assert.Contains(year.Errors, e => e.Field == "noticeTitle" && e.Message == "Notice title: required.");
            Assert.Contains(year.Errors, e => e.Field == "noticeUrl" && e.Message.StartsWith("Notice URL: must be a full address", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        Assert.Equal(daysBefore, await db.CalendarDays.CountAsync(Cancellation));
        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync(Cancellation));
    }

    [Fact]
    public async Task ANewYearEnteredByAnAdminStopsCountsIntoItBeingProvisional()
    {
        Fixture.RequireDatabase();
        using var client = KeyedClient();
        var url = new Uri("/api/v1/calendar/add-workdays?start=2030-06-28&days=1", UriKind.Relative);
        Assert.True((await client.GetFromJsonAsync<JsonElement>(url, Cancellation)).GetProperty("provisional").GetBoolean());

        var commands = Fixture.Factory.Services.GetRequiredService<CalendarCommands>();
        var entered = await commands.EnterYearAsync(
            new CalendarNoticeInput { Year = 2030, NoticeTitle = OfficialHolidays.NoticeTitleFor(2030) },
            "integration-admin",
            Cancellation);
        Assert.True(entered.Succeeded, string.Join("; ", entered.Errors));

        var answer = await client.GetFromJsonAsync<JsonElement>(url, Cancellation);
        Assert.Equal("2030-07-01", answer.GetProperty("date").GetString());
        Assert.False(answer.GetProperty("provisional").GetBoolean());
        await using var db = Fixture.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "calendar.year.enter", Cancellation);
        Assert.Equal("integration-admin", audit.Actor);
        Assert.Equal("2030", audit.EntityId);
    }

    private HttpClient KeyedClient()
    {
        var client = Fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        return client;
    }
}

public sealed class SqliteCalendarTests(SqliteAppFixture fixture) : CalendarOnDatabaseTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlCalendarTests(PostgreSqlAppFixture fixture) : CalendarOnDatabaseTests<PostgreSqlAppFixture>(fixture);
