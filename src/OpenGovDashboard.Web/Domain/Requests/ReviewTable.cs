namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 表四 政府信息公开行政复议、行政诉讼情况 — its fifteen cells in the form's order: for each <see cref="ReviewCaseKind"/>,
/// the four <see cref="ReviewOutcome"/> columns and 总计. Unchanged between the 2019 and 2021 forms. Null is a blank cell.
/// </summary>
public sealed record ReviewTable(int Year, IReadOnlyList<int?> Values)
{
    private static readonly string[] Groups = ["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"];
    private static readonly string[] Parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>The fifteen column labels, group and part joined by "/" as docs/api.md shows them.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Groups.SelectMany(g => Parts.Select(p => g + "/" + p))];

    /// <summary>The position of a cell; <paramref name="outcome"/> null means the group's 总计.</summary>
    public static int IndexOf(ReviewCaseKind kind, ReviewOutcome? outcome) => ((int)kind * 5) + (outcome is { } o ? (int)o : 4);

    public int? Value(ReviewCaseKind kind, ReviewOutcome? outcome) => Values[IndexOf(kind, outcome)];
}
