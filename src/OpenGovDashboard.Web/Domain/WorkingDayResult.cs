namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// A date reached by counting working days. <see cref="Provisional"/> is true when a day examined lies in a
/// year whose 节假日安排 is not entered, so only weekends were assumed off there.
/// </summary>
public sealed record WorkingDayResult(DateOnly Date, bool Provisional);
