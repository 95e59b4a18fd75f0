namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>Table 三 of a report: the seven columns (<see cref="Requests.RequestReportForms.Columns"/>) and every row in the form's order.</summary>
public sealed record AnnualReportRequests(IReadOnlyList<string> Columns, IReadOnlyList<AnnualReportRequestRow> Rows)
{
    public bool Equals(AnnualReportRequests? other) => other is not null && Columns.SequenceEqual(other.Columns) && Rows.SequenceEqual(other.Rows);

    public override int GetHashCode() => HashCode.Combine(Columns.Count, Rows.Count);
}
