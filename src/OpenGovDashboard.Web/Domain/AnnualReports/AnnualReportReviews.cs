namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>Table 四 of a report: the fifteen columns (<see cref="Requests.ReviewTable.Columns"/>) and their cells (null is blank).</summary>
public sealed record AnnualReportReviews(IReadOnlyList<string> Columns, IReadOnlyList<int?> Values)
{
    public bool Equals(AnnualReportReviews? other) => other is not null && Columns.SequenceEqual(other.Columns) && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Columns.Count, Values.Count);
}
