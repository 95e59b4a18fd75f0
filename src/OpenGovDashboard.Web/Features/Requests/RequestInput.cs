using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>A new request as the register's form (or a caller) sends it; a blank reference gets the next YSQ-year-number.</summary>
public sealed class RequestInput
{
    public string? Reference { get; set; }

    public string? Subject { get; set; }

    public ApplicantType? ApplicantType { get; set; }

    public string? ApplicantName { get; set; }

    public int? HandlingOrgUnitId { get; set; }

    public ReceiptChannel? Channel { get; set; }

    /// <summary>到达日期: handed in, delivered, or arrived online.</summary>
    public DateOnly? ArrivedOn { get; set; }

    /// <summary>签收日期 (letters).</summary>
    public DateOnly? SignedForOn { get; set; }

    /// <summary>确认日期 (online, fax, e-mail, letters without a signature).</summary>
    public DateOnly? ConfirmedOn { get; set; }
}

/// <summary>One more step of a request's history, as the request page's form sends it.</summary>
public sealed class RequestStepInput
{
    public RequestStepKind? Kind { get; set; }

    public DateOnly? On { get; set; }

    public ConsultationParty? Party { get; set; }

    public int? WorkingDays { get; set; }

    public string? Reason { get; set; }

    public RequestResult? Result { get; set; }

    public decimal? AmountYuan { get; set; }

    public string? Note { get; set; }
}
