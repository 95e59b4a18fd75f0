namespace OpenGovDashboard.Tests.Requests;

/// <summary>
/// Tables 三 and 四 of the reference report (<c>shared/reference/luodian-2019-annual-report.txt</c>), transcribed cell by
/// cell: the file lives beside the repository, not in it, and a clean clone on CI has no such folder.
/// </summary>
internal static class ReferenceReport
{
    private static readonly int[] Zero = [0, 0, 0, 0, 0, 0, 0];

    /// <summary>Table 三's 23 rows with numbers, in the printed order; seven cells each (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).</summary>
    public static IReadOnlyList<(string Label, int[] Values)> TableThree { get; } =
    [
        ("一、本年新收政府信息公开申请数量", [7, 0, 0, 0, 0, 0, 7]),
        ("二、上年结转政府信息公开申请数量", Zero),
        ("（一）予以公开", [6, 0, 0, 0, 0, 0, 6]),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [1, 0, 0, 0, 0, 0, 1]),
        ("1.属于国家秘密", Zero),
        ("2.其他法律行政法规禁止公开", Zero),
        ("3.危及“三安全一稳定”", Zero),
        ("4.保护第三方合法权益", Zero),
        ("5.属于三类内部事务信息", Zero),
        ("6.属于四类过程性信息", Zero),
        ("7.属于行政执法案卷", Zero),
        ("8.属于行政查询事项", Zero),
        ("1.本机关不掌握相关政府信息", Zero),
        ("2.没有现成信息需要另行制作", Zero),
        ("3.补正后申请内容仍不明确", Zero),
        ("1.信访举报投诉类申请", Zero),
        ("2.重复申请", Zero),
        ("3.要求提供公开出版物", Zero),
        ("4.无正当理由大量反复申请", Zero),
        ("5.要求行政机关确认或重新出具已获取信息", Zero),
        ("（六）其他处理", Zero),
        ("（七）总计", [7, 0, 0, 0, 0, 0, 7]),
        ("四、结转下年度继续办理", Zero),
    ];

    /// <summary>Table 四's fifteen cells (复议 ×5, 直接起诉 ×5, 复议后起诉 ×5): all 0 in 2019.</summary>
    public static int[] TableFour { get; } = new int[15];
}
