namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 办理结果 — the result of a request, one leaf of table 三's 三、本年度办理结果 in either form. Both forms share every
/// leaf but （六）: the 2019 form has the single <see cref="OtherHandling"/>; the 2021 form splits it into
/// <see cref="OtherNoCorrection"/>, <see cref="OtherFeeUnpaid"/> and <see cref="OtherHandlingOther"/>.
/// <see cref="RequestReportForms"/> maps each result to its row in a form.
/// </summary>
public enum RequestResult
{
    /// <summary>（一）予以公开.</summary>
    Disclosed,

    /// <summary>（二）部分公开.</summary>
    PartiallyDisclosed,

    /// <summary>（三）1. 属于国家秘密.</summary>
    WithheldStateSecret,

    /// <summary>（三）2. 其他法律行政法规禁止公开.</summary>
    WithheldProhibitedByLaw,

    /// <summary>（三）3. 危及"三安全一稳定".</summary>
    WithheldEndangersSecurity,

    /// <summary>（三）4. 保护第三方合法权益.</summary>
    WithheldThirdPartyRights,

    /// <summary>（三）5. 属于三类内部事务信息.</summary>
    WithheldInternalAffairs,

    /// <summary>（三）6. 属于四类过程性信息.</summary>
    WithheldProcessInformation,

    /// <summary>（三）7. 属于行政执法案卷.</summary>
    WithheldEnforcementFile,

    /// <summary>（三）8. 属于行政查询事项.</summary>
    WithheldAdministrativeQuery,

    /// <summary>（四）1. 本机关不掌握相关政府信息.</summary>
    UnavailableNotHeld,

    /// <summary>（四）2. 没有现成信息需要另行制作.</summary>
    UnavailableNeedsCreation,

    /// <summary>（四）3. 补正后申请内容仍不明确.</summary>
    UnavailableUnclearAfterCorrection,

    /// <summary>（五）1. 信访举报投诉类申请.</summary>
    NotProcessedComplaint,

    /// <summary>（五）2. 重复申请.</summary>
    NotProcessedRepeated,

    /// <summary>（五）3. 要求提供公开出版物.</summary>
    NotProcessedPublication,

    /// <summary>（五）4. 无正当理由大量反复申请.</summary>
    NotProcessedExcessive,

    /// <summary>（五）5. 要求行政机关确认或重新出具已获取信息.</summary>
    NotProcessedConfirmation,

    /// <summary>（六）其他处理 — the 2019 form's single row.</summary>
    OtherHandling,

    /// <summary>（六）1. 申请人无正当理由逾期不补正、行政机关不再处理 — 2021 form (Art. 30).</summary>
    OtherNoCorrection,

    /// <summary>（六）2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理 — 2021 form (国办函〔2020〕109号).</summary>
    OtherFeeUnpaid,

    /// <summary>（六）3. 其他 — 2021 form.</summary>
    OtherHandlingOther,
}
