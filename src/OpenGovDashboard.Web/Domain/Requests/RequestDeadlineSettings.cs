namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// The office's choices around the statutory periods (the periods themselves are law: <see cref="StatutoryPeriods"/>).
/// </summary>
/// <param name="CountingStart">Whether a period starts on the day after an event (default) or on its day.</param>
/// <param name="DueSoonWorkingDays">A request is due soon when at most this many working days are left (default 3).</param>
public sealed record RequestDeadlineSettings(
    DeadlineCountingStart CountingStart = DeadlineCountingStart.DayAfterReceipt,
    int DueSoonWorkingDays = 3)
{
    public static RequestDeadlineSettings Default { get; } = new();
}
