using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>Registers the working-day calendar: the cached snapshot, the admin's commands and the official-years seed.</summary>
public static class CalendarSetup
{
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CalendarService>();
        builder.Services.AddTransient<CalendarQueries>();
        builder.Services.AddTransient<CalendarCommands>();
        builder.Services.AddTransient<IReferenceDataSeeder, OfficialHolidaySeeder>();
        return builder;
    }
}
