namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>One row of table 三 with its seven cells (the six applicant columns, then 总计); null is a blank cell, not 0.</summary>
public sealed record RequestTableLine(RequestTableRow Row, IReadOnlyList<int?> Values);
