using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary><c>/api/v1/calendar</c> as docs/api.md defines it.</summary>
public static class CalendarApi
{
    public const int MaxDays = 3650;

    /// <summary>Dates the API accepts as start: wide enough for any record, narrow enough that start + 3650 working days stays a date.</summary>
    public static readonly DateOnly FirstStart = new(1900, 1, 1);

    public static readonly DateOnly LastStart = new(2199, 12, 31);

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/calendar/add-workdays", AddWorkdaysAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("AddWorkdays")
            .WithSummary("The date N working days after start, counting from the next day, on the official calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<Results<Ok<AddWorkdaysResponse>, ProblemHttpResult>> AddWorkdaysAsync(
        string? start,
        string? days,
        CalendarService calendar,
        IStringLocalizer<SharedResource> localizer,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var startDate)
            || startDate < FirstStart || startDate > LastStart)
        {
            errors.Add(new FieldError("start", localizer["Calendar.Api.StartInvalid", FirstStart.Year, LastStart.Year]));
        }

        if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxDays)
        {
            errors.Add(new FieldError("days", localizer["Calendar.Api.DaysInvalid", MaxDays]));
        }

        if (errors.Count > 0)
        {
            return TypedResults.Problem(
                title: localizer["Calendar.Api.InvalidTitle"],
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        var result = (await calendar.GetCalendarAsync(cancellationToken)).AddWorkingDays(startDate, count);
        return TypedResults.Ok(new AddWorkdaysResponse(result.Date, result.Provisional));
    }
}
