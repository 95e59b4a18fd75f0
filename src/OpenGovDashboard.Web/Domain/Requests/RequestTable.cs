namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 表三 收到和处理政府信息公开申请情况 — a year's table in its form: every data row in the form's order. Built from the
/// register by <see cref="RequestTables.BuildTableThree"/>, or (later) read from a published report, blanks and all.
/// </summary>
public sealed record RequestTable(int Year, ReportForm Form, IReadOnlyList<RequestTableLine> Lines)
{
    /// <summary>Index of the 总计 column.</summary>
    public const int TotalColumn = 6;

    public RequestTableLine Line(string key) => Lines.Single(l => l.Row.Key == key);

    /// <summary>A cell: the row's key ("3.1") and the column, an applicant type or <see cref="TotalColumn"/>.</summary>
    public int? Value(string key, int column) => Line(key).Values[column];

    public int? Value(string key, ApplicantType column) => Value(key, (int)column);

    public IEnumerable<RequestTableLine> LinesOf(RequestTableRowKind kind) => Lines.Where(l => l.Row.Kind == kind);
}
