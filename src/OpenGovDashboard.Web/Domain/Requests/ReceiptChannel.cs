namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 申请渠道 — how a disclosure request reached the agency. The channel decides which date is the day of receipt
/// (条例 Art. 31; see <see cref="RequestReceived.ReceiptDate"/>).
/// </summary>
public enum ReceiptChannel
{
    /// <summary>网络 — an online form or platform (互联网渠道).</summary>
    Online,

    /// <summary>信函 — by post.</summary>
    Letter,

    /// <summary>当面 — handed in at the office.</summary>
    InPerson,

    /// <summary>传真.</summary>
    Fax,

    /// <summary>电子邮件 — an Internet channel in the sense of Art. 31 (三).</summary>
    Email,

    /// <summary>其他 — e.g. an oral application written down by the office (Art. 29).</summary>
    Other,
}
