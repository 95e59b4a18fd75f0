namespace OpenGovDashboard.Web.Domain;

/// <summary>绩效目标 — a performance target for a unit (or the whole county) over a period.</summary>
public sealed class Target
{
    public int Id { get; set; }

    /// <summary>As the API writes periods: 2019, 2019-Q3, 2019-07.</summary>
    public required string Period { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>Null for the whole county.</summary>
    public int? OrgUnitId { get; set; }

    public TargetMetric Metric { get; set; }

    public string? MetricKey { get; set; }

    public double Value { get; set; }

    public TargetDirection Direction { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool IsDemo { get; set; }
}
