namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 起算日 — which day is the first of a period "自收到申请之日起…个工作日": the common reading counts from the next day
/// (docs/domain.md §2); some offices count the day of receipt itself when it is a working day.
/// </summary>
public enum DeadlineCountingStart
{
    DayAfterReceipt,
    DayOfReceipt,
}
