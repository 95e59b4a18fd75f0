using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>
/// 罗甸县 2019 依申请公开 — the reference report's seven requests (docs/domain.md §0): 4 online and 3 by letter, all from
/// natural persons, 6 disclosed and 1 partly, none carried into 2020, no review or lawsuit. The report gives only those
/// figures; subjects, dates and units are the demo's choice, all after the 2019 条例 took effect (2019-05-15) and all
/// answered in time on the official calendar. The handling units are units of <see cref="LuodianDemoData"/>.
/// </summary>
public static class LuodianDemoRequests
{
    /// <summary>Review and litigation cases of 2019: none.</summary>
    public static IReadOnlyList<ReviewCase> ReviewCases { get; } = [];

    public static IReadOnlyList<DisclosureRequest> Build() =>
    [
        Request("LDYSQ-2019-001", "龙坪镇2019-03号地块国有建设用地使用权出让成交结果", "罗甸县自然资源局",
            Online(D(5, 27), D(5, 27)),
            Answer(D(6, 12), RequestResult.Disclosed)),
        Request("LDYSQ-2019-002", "斛兴街道棚户区改造项目房屋征收补偿安置方案", "罗甸县住房和城乡建设局",
            new RequestReceived(ReceiptChannel.Letter, D(6, 17), SignedForOn: D(6, 17)),
            Answer(D(7, 5), RequestResult.Disclosed)),
        Request("LDYSQ-2019-003", "罗甸县2019年公开招聘事业单位工作人员面试成绩及进入体检人员名单", LuodianDemoData.HumanResources,
            Online(D(7, 21), D(7, 22)),
            Answer(D(7, 31), RequestResult.Disclosed)),
        // Partly disclosed: other households' names and amounts withheld, after asking them (Art. 32); due 2019-10-08.
        Request("LDYSQ-2019-004", "边阳镇至逢亭镇农村公路改扩建工程征地补偿标准及补偿明细", "罗甸县交通运输局",
            new RequestReceived(ReceiptChannel.Letter, D(8, 19), SignedForOn: D(8, 19)),
            new ConsultationPaused(D(8, 28), ConsultationParty.ThirdParty, "补偿明细涉及其他被征地农户个人信息"),
            new ConsultationResumed(D(9, 12)),
            Answer(D(9, 20), RequestResult.PartiallyDisclosed)),
        // 补正: the applicant named no settlement site at first; due 2019-10-23 from the corrected application.
        Request("LDYSQ-2019-005", "沫阳镇易地扶贫搬迁安置点搬迁群众后续扶持资金发放情况", "罗甸县生态移民局",
            Online(D(9, 9), D(9, 10)),
            new CorrectionRequested(D(9, 16), "请明确安置点名称及所需信息的时间范围"),
            new CorrectionReceived(D(9, 20)),
            Answer(D(10, 18), RequestResult.Disclosed)),
        // An ordinary letter: receipt confirmed with the applicant by telephone the day it arrived.
        Request("LDYSQ-2019-006", "罗甸县2019年部门预算及“三公”经费预算公开情况", "罗甸县财政局",
            new RequestReceived(ReceiptChannel.Letter, D(10, 21), ConfirmedOn: D(10, 21)),
            Answer(D(11, 8), RequestResult.Disclosed)),
        Request("LDYSQ-2019-007", "罗甸县2019年秋季学期家庭经济困难学生资助资金发放情况", "罗甸县教育局",
            Online(D(11, 25), D(11, 25)),
            Answer(D(12, 13), RequestResult.Disclosed)),
    ];

    private static DisclosureRequest Request(string reference, string subject, string unit, params RequestEvent[] events) =>
        new(reference, subject, unit, ApplicantType.NaturalPerson, events);

    private static RequestReceived Online(DateOnly arrived, DateOnly confirmed) =>
        new(ReceiptChannel.Online, arrived, ConfirmedOn: confirmed);

    private static RequestAnswered Answer(DateOnly on, RequestResult result) => new(on, result);

    private static DateOnly D(int month, int day) => new(LuodianDemoData.Year, month, day);
}
