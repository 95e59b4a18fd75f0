namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A row of table 三: the form's labels from the outer one to the leaf, and seven cells (null is blank).</summary>
public sealed record AnnualReportRequestRow(IReadOnlyList<string> Path, IReadOnlyList<int?> Values);
