namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>第二十条 — one row of table 二 (主动公开政府信息情况) with the form's labels and its figures.</summary>
/// <param name="Section">The form's section, e.g. "第二十条第（五）项".</param>
/// <param name="Item">The row's 信息内容, e.g. "行政许可".</param>
/// <param name="Columns">The form's columns for this row.</param>
/// <param name="Values">One per column: a number (增7 → 7, 减3 → -3) or null for a blank cell.</param>
/// <param name="Unit">The unit the amount is in when the report printed one other than the form's
/// (<see cref="Article20Row.Unit"/>), in the cell (<c>75394432.52元</c> → "元") or in the column header; null when the
/// form's unit applies.</param>
public sealed record Article20Entry(string Section, string Item, IReadOnlyList<string> Columns, IReadOnlyList<decimal?> Values, string? Unit)
{
    /// <summary>The value under <paramref name="column"/> (the form's label), or null when blank or not a column of this row.</summary>
    public decimal? Value(string column)
    {
        var index = Columns.ToList().IndexOf(column);
        return index < 0 ? null : Values[index];
    }

    public bool Equals(Article20Entry? other) =>
        other is not null && Section == other.Section && Item == other.Item && Unit == other.Unit
        && Columns.SequenceEqual(other.Columns) && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Section, Item, Unit);
}
