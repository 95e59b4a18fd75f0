namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>信息处理费 — a fee charged under 国办函〔2020〕109号, reported in section 六 of the annual report.</summary>
public sealed record FeeCharged(DateOnly On, decimal AmountYuan) : RequestEvent
{
    public override DateOnly On { get; } = On;
}
