namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>征求意见对象 — whom the agency consults while the answer clock is paused (条例 Art. 32–33).</summary>
public enum ConsultationParty
{
    /// <summary>第三方 — whose lawful rights disclosure may harm (Art. 32; 15 working days to reply).</summary>
    ThirdParty,

    /// <summary>其他机关 — another agency (Art. 33).</summary>
    OtherAgency,
}
