namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// A request measured against its deadlines on one day.
/// </summary>
/// <param name="ReceivedOn">收到申请之日 (Art. 31).</param>
/// <param name="ClockStart">The day the answer period runs from: the receipt, or the receipt of the 补正.</param>
/// <param name="DueDate">答复期限: the last day to answer — 20 working days from <paramref name="ClockStart"/>, plus the
/// extension, with consultation time left out. Null while no clock runs (awaiting 补正; a consultation still open), and
/// for a request answered while awaiting 补正.</param>
/// <param name="CorrectionNoticeDue">The last day to send a 补正 notice: 7 working days from receipt (Art. 30).</param>
/// <param name="CorrectionNoticeLate">Whether the 补正 notice went out after <paramref name="CorrectionNoticeDue"/>; null when none was sent.</param>
/// <param name="WorkingDaysLeft">For an open request: working days after the as-of day up to the due date (0 = due
/// today; negative = working days overdue); while a consultation is open, the days the clock still holds. Null once answered.</param>
/// <param name="PausedWorkingDays">Working days left out for consultation (through the as-of day for one still open).</param>
/// <param name="ExtensionWorkingDays">Working days added by the extension, 0 without one.</param>
/// <param name="Status">办理状态 on the as-of day.</param>
/// <param name="Provisional">True when a date depends on a year whose 节假日安排 is not entered (weekends only assumed).</param>
public sealed record RequestDeadline(
    DateOnly ReceivedOn,
    DateOnly ClockStart,
    DateOnly? DueDate,
    DateOnly CorrectionNoticeDue,
    bool? CorrectionNoticeLate,
    int? WorkingDaysLeft,
    int PausedWorkingDays,
    int ExtensionWorkingDays,
    RequestStatus Status,
    bool Provisional);
