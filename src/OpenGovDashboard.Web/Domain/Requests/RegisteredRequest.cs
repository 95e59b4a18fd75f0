namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 依申请公开登记 — a disclosure request as the register stores it: who asked, about what, which unit handles it, and its
/// steps. <see cref="DisclosureRequest"/> is the same request as the deadline engine and the tables read it. The receipt
/// day, the answer day and the result are kept here too so the register can filter on them in SQL.
/// </summary>
public sealed class RegisteredRequest
{
    public int Id { get; set; }

    /// <summary>申请编号, unique.</summary>
    public required string Reference { get; set; }

    /// <summary>申请内容.</summary>
    public required string Subject { get; set; }

    public ApplicantType ApplicantType { get; set; }

    /// <summary>申请人 (optional: the register works without personal data).</summary>
    public string? ApplicantName { get; set; }

    /// <summary>承办单位.</summary>
    public int HandlingOrgUnitId { get; set; }

    public ReceiptChannel Channel { get; set; }

    /// <summary>收到申请之日 (Art. 31), or the arrival day while the channel's receipt date is still missing.</summary>
    public DateOnly ReceivedOn { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public RequestResult? Result { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public bool IsDemo { get; set; }

    public List<RegisteredRequestStep> Steps { get; set; } = [];
}

/// <summary>What one stored step of a request is; the fields a step uses depend on it.</summary>
public enum RequestStepKind
{
    Received,
    CorrectionRequested,
    CorrectionReceived,
    ConsultationPaused,
    ConsultationResumed,
    ExtensionGranted,
    Answered,
    FeeCharged,
    CarriedOver,
}

/// <summary>One step of a request's history as stored: a flat row whose <see cref="Kind"/> says which fields it uses.</summary>
public sealed class RegisteredRequestStep
{
    public long Id { get; set; }

    public int RequestId { get; set; }

    /// <summary>Its place in the history, from 0 (the receipt).</summary>
    public int Sequence { get; set; }

    public RequestStepKind Kind { get; set; }

    /// <summary>The step's day (for the receipt: the arrival day; the receipt date follows from the channel's dates).</summary>
    public DateOnly On { get; set; }

    public ReceiptChannel? Channel { get; set; }

    public DateOnly? SignedForOn { get; set; }

    public DateOnly? ConfirmedOn { get; set; }

    public ConsultationParty? Party { get; set; }

    public int? WorkingDays { get; set; }

    public string? Reason { get; set; }

    public string? ApprovedBy { get; set; }

    public RequestResult? Result { get; set; }

    /// <summary>信息处理费 in fen (SQLite cannot order or sum decimals in SQL).</summary>
    public long? AmountFen { get; set; }

    public string? Note { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? RecordedBy { get; set; }
}

/// <summary>复议/诉讼案件 as the register stores it, linked to its request where there is one.</summary>
public sealed class RegisteredReviewCase
{
    public int Id { get; set; }

    public required string Reference { get; set; }

    public ReviewCaseKind Kind { get; set; }

    public DateOnly FiledOn { get; set; }

    public ReviewOutcome Outcome { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public int? RequestId { get; set; }

    /// <summary>The unit whose disclosure work is reviewed (the request's handling unit when linked).</summary>
    public int OrgUnitId { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public bool IsDemo { get; set; }
}
