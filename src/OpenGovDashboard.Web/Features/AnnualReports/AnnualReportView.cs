using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>A year's report data as the report page shows it: last year's beside it, the 上一年项目数量 derived from it, and whether
/// 二、上年结转 came from last year's published report rather than the register.</summary>
public sealed record AnnualReportView(AnnualReportData Data, AnnualReportData? PreviousYear, IReadOnlySet<(string Item, int Column)> Derived, bool CarryOverFromReport);
