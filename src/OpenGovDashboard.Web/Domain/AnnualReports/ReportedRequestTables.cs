using System.Text.Json;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// 已公布的表三/表四 — tables 三 and 四 of a unit's year as its published report printed them, saved from a parsed report.
/// They are next year's source of 二、上年结转 (this year's 四、结转下年度继续办理, docs/domain.md §1.7 rule 5) when the
/// register holds no request of this year — the years before the office kept the register here.
/// </summary>
public sealed class ReportedRequestTables
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Id { get; set; }

    public int Year { get; set; }

    public int OrgUnitId { get; set; }

    public ReportForm Form { get; set; }

    /// <summary>Table 三: every row the report printed, as <see cref="AnnualReportRequestRow"/> JSON (blank is null).</summary>
    public required string RequestsJson { get; set; }

    /// <summary>Table 四: the fifteen cells as a JSON array (blank is null).</summary>
    public required string ReviewsJson { get; set; }

    /// <summary>The reporting body the report named.</summary>
    public string? Organization { get; set; }

    public DateTime SavedAtUtc { get; set; }

    public string? SavedBy { get; set; }

    public static ReportedRequestTables From(AnnualReportData report, int orgUnitId)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportedRequestTables
        {
            Year = report.Year, OrgUnitId = orgUnitId, Form = report.Form, Organization = report.Organization,
            RequestsJson = JsonSerializer.Serialize(report.Requests.Rows, Json), ReviewsJson = JsonSerializer.Serialize(report.ReviewsAndLitigation.Values, Json),
        };
    }

    public AnnualReportRequests Requests() =>
        new(RequestReportForms.Columns, JsonSerializer.Deserialize<List<AnnualReportRequestRow>>(RequestsJson, Json) ?? []);

    public AnnualReportReviews Reviews() =>
        new(ReviewTable.Columns, JsonSerializer.Deserialize<List<int?>>(ReviewsJson, Json) ?? []);
}
