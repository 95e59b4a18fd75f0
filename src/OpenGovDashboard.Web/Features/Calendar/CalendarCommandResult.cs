namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>What a calendar command did: nothing written when there are errors.</summary>
public sealed record CalendarCommandResult(IReadOnlyList<CalendarFieldError> Errors)
{
    public static CalendarCommandResult Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;
}
