namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>One reason a report could not be read; <paramref name="Subjects"/> fill the message (a row label, a file name).</summary>
public sealed record AnnualReportParseProblem(AnnualReportParseError Error, params IReadOnlyList<string> Subjects);
