namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A row of table 三: the form's labels from the outer one to the leaf, and seven cells (null is blank).</summary>
public sealed record AnnualReportRequestRow(IReadOnlyList<string> Path, IReadOnlyList<int?> Values)
{
    public bool Equals(AnnualReportRequestRow? other) => other is not null && Path.SequenceEqual(other.Path) && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Path.Count > 0 ? Path[^1] : "", Values.Count);
}
