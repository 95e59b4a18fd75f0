namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 收到申请 — the request reaches the agency. Which day counts as 收到申请之日 depends on the channel
/// (《政府信息公开条例》2019 Art. 31, docs/domain.md §2):
/// <list type="bullet">
/// <item>(一) 当面提交: the day it is handed in — <see cref="ArrivedOn"/>;</item>
/// <item>(二) 邮寄: the day the agency signs for it — <see cref="SignedForOn"/>; for an ordinary letter that needs no
/// signature, the office confirms receipt with the applicant on the day it arrives and the day of confirmation counts —
/// <see cref="ConfirmedOn"/>;</item>
/// <item>(三) 互联网渠道或传真: the day both sides confirm it — <see cref="ConfirmedOn"/>. E-mail is an Internet channel
/// here (the 2015 interpretation, 国办公开办函〔2015〕207号, used the mail system's receipt day; the 2019 条例 replaced it).</item>
/// </list>
/// <see cref="ReceiptChannel.Other"/> (an oral application written down by the office, Art. 29) is treated like a
/// hand-in: the day it is recorded.
/// </summary>
/// <param name="Channel">申请渠道.</param>
/// <param name="ArrivedOn">The day the application reached the agency: handed in, delivered, or arrived online.</param>
/// <param name="SignedForOn">签收日期, letters that are signed for.</param>
/// <param name="ConfirmedOn">确认日期: online, fax, e-mail, and letters that need no signature.</param>
public sealed record RequestReceived(
    ReceiptChannel Channel,
    DateOnly ArrivedOn,
    DateOnly? SignedForOn = null,
    DateOnly? ConfirmedOn = null) : RequestEvent
{
    /// <summary>收到申请之日 under Art. 31, or null when the date the channel needs is missing.</summary>
    public DateOnly? ReceiptDate => Channel switch
    {
        ReceiptChannel.InPerson or ReceiptChannel.Other => ArrivedOn,
        ReceiptChannel.Letter => SignedForOn ?? ConfirmedOn,
        ReceiptChannel.Online or ReceiptChannel.Fax or ReceiptChannel.Email => ConfirmedOn,
        _ => null,
    };

    /// <summary>The day of receipt, or the arrival day while the receipt date is still missing (so the history stays ordered).</summary>
    public override DateOnly On => ReceiptDate ?? ArrivedOn;
}
