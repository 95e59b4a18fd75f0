namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// Table 三 (收到和处理政府信息公开申请情况) of both national forms, row by row, and where each
/// <see cref="RequestResult"/> is counted (docs/domain.md §1.5). The form's fixed labels live here and nowhere else.
/// </summary>
public static class RequestReportForms
{
    /// <summary>The seven columns: the six applicant types in <see cref="ApplicantType"/> order, then 总计.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    private const string Results = "三、本年度办理结果";
    private const string Withheld = "（三）不予公开";
    private const string Unavailable = "（四）无法提供";
    private const string NotProcessed = "（五）不予处理";
    private const string Other = "（六）其他处理";

    private static readonly (RequestResult Result, string Key, string[] Path)[] SharedResults =
    [
        (RequestResult.Disclosed, "3.1", [Results, "（一）予以公开"]),
        (RequestResult.PartiallyDisclosed, "3.2", [Results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
        (RequestResult.WithheldStateSecret, "3.3.1", [Results, Withheld, "1.属于国家秘密"]),
        (RequestResult.WithheldProhibitedByLaw, "3.3.2", [Results, Withheld, "2.其他法律行政法规禁止公开"]),
        (RequestResult.WithheldEndangersSecurity, "3.3.3", [Results, Withheld, "3.危及“三安全一稳定”"]),
        (RequestResult.WithheldThirdPartyRights, "3.3.4", [Results, Withheld, "4.保护第三方合法权益"]),
        (RequestResult.WithheldInternalAffairs, "3.3.5", [Results, Withheld, "5.属于三类内部事务信息"]),
        (RequestResult.WithheldProcessInformation, "3.3.6", [Results, Withheld, "6.属于四类过程性信息"]),
        (RequestResult.WithheldEnforcementFile, "3.3.7", [Results, Withheld, "7.属于行政执法案卷"]),
        (RequestResult.WithheldAdministrativeQuery, "3.3.8", [Results, Withheld, "8.属于行政查询事项"]),
        (RequestResult.UnavailableNotHeld, "3.4.1", [Results, Unavailable, "1.本机关不掌握相关政府信息"]),
        (RequestResult.UnavailableNeedsCreation, "3.4.2", [Results, Unavailable, "2.没有现成信息需要另行制作"]),
        (RequestResult.UnavailableUnclearAfterCorrection, "3.4.3", [Results, Unavailable, "3.补正后申请内容仍不明确"]),
        (RequestResult.NotProcessedComplaint, "3.5.1", [Results, NotProcessed, "1.信访举报投诉类申请"]),
        (RequestResult.NotProcessedRepeated, "3.5.2", [Results, NotProcessed, "2.重复申请"]),
        (RequestResult.NotProcessedPublication, "3.5.3", [Results, NotProcessed, "3.要求提供公开出版物"]),
        (RequestResult.NotProcessedExcessive, "3.5.4", [Results, NotProcessed, "4.无正当理由大量反复申请"]),
        (RequestResult.NotProcessedConfirmation, "3.5.5", [Results, NotProcessed, "5.要求行政机关确认或重新出具已获取信息"]),
    ];

    private static readonly (RequestResult Result, string Key, string[] Path)[] OtherResults2019 =
    [
        (RequestResult.OtherHandling, "3.6", [Results, Other]),
    ];

    private static readonly (RequestResult Result, string Key, string[] Path)[] OtherResults2021 =
    [
        (RequestResult.OtherNoCorrection, "3.6.1", [Results, Other, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
        (RequestResult.OtherFeeUnpaid, "3.6.2", [Results, Other, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
        (RequestResult.OtherHandlingOther, "3.6.3", [Results, Other, "3.其他"]),
    ];

    private static readonly Dictionary<ReportForm, IReadOnlyList<RequestTableRow>> RowsByForm = new()
    {
        [ReportForm.Form2019] = BuildRows(OtherResults2019),
        [ReportForm.Form2021] = BuildRows(OtherResults2021),
    };

    /// <summary>The form a reporting year uses: 2019 试行 up to 2020, the revised form from 2021 (docs/domain.md §1.2).</summary>
    public static ReportForm FormFor(int year) => year <= 2020 ? ReportForm.Form2019 : ReportForm.Form2021;

    /// <summary>The form's data rows in order: 23 for 2019, 25 for 2021.</summary>
    public static IReadOnlyList<RequestTableRow> Rows(ReportForm form) => RowsByForm[form];

    /// <summary>The results an answer may carry under <paramref name="form"/>: the form's leaves.</summary>
    public static IReadOnlyList<RequestResult> ResultsOf(ReportForm form) =>
        [.. SharedResults.Concat(OthersOf(form)).Select(r => r.Result)];

    /// <summary>
    /// The row of <paramref name="form"/> where <paramref name="result"/> is counted. Total over both forms, so no answer
    /// is ever dropped: the 2019 form counts the three 2021 （六） leaves in its one （六）; the 2021 form counts the 2019
    /// （六） in "3.其他".
    /// </summary>
    public static RequestTableRow RowFor(RequestResult result, ReportForm form)
    {
        var key = (result, form) switch
        {
            (RequestResult.OtherNoCorrection or RequestResult.OtherFeeUnpaid or RequestResult.OtherHandlingOther, ReportForm.Form2019) => "3.6",
            (RequestResult.OtherHandling, ReportForm.Form2021) => "3.6.3",
            _ => SharedResults.Concat(OthersOf(form)).Single(r => r.Result == result).Key,
        };
        return Rows(form).Single(r => r.Key == key);
    }

    /// <summary>The label a result carries in <paramref name="form"/>, e.g. "（一）予以公开" or "（三）不予公开 1.属于国家秘密".</summary>
    public static string LabelOf(RequestResult result, ReportForm form) => string.Join(' ', RowFor(result, form).Path.Skip(1));

    private static (RequestResult Result, string Key, string[] Path)[] OthersOf(ReportForm form) =>
        form == ReportForm.Form2019 ? OtherResults2019 : OtherResults2021;

    private static RequestTableRow[] BuildRows((RequestResult Result, string Key, string[] Path)[] others) =>
    [
        new("1", ["一、本年新收政府信息公开申请数量"], RequestTableRowKind.ReceivedThisYear),
        new("2", ["二、上年结转政府信息公开申请数量"], RequestTableRowKind.CarriedFromLastYear),
        .. SharedResults.Concat(others).Select(r => new RequestTableRow(r.Key, r.Path, RequestTableRowKind.Result)),
        new("3.7", [Results, "（七）总计"], RequestTableRowKind.ResultsTotal),
        new("4", ["四、结转下年度继续办理"], RequestTableRowKind.CarriedIntoNextYear),
    ];
}
