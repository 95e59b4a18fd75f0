using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Jobs;

/// <summary>The <c>Audit</c> section.</summary>
public sealed class AuditRetentionOptions
{
    public const string Section = "Audit";

    /// <summary>Days audit entries are kept; design.md requires at least 6 months.</summary>
    [Range(183, 36500, ErrorMessage = "Audit:RetentionDays must be at least 183 (6 months). / 审计日志至少保留 183 天。")]
    public int RetentionDays { get; set; } = 366;
}
