namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>办理状态 — where a request stands against its statutory deadline on a given day.</summary>
public enum RequestStatus
{
    /// <summary>办理中 — more working days left than the due-soon threshold.</summary>
    Open,

    /// <summary>即将到期 — due within the threshold (due today included).</summary>
    DueSoon,

    /// <summary>已逾期 — past the due date and not answered.</summary>
    Overdue,

    /// <summary>待补正 — a 补正 notice went out and the corrected application has not come back: no clock runs (Art. 30).</summary>
    AwaitingCorrection,

    /// <summary>征求意见中 — a consultation is open: the clock is stopped (Art. 32–33).</summary>
    Paused,

    /// <summary>按时答复.</summary>
    AnsweredOnTime,

    /// <summary>逾期答复.</summary>
    AnsweredLate,
}
