using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>One target as the form sends it: period <c>2019</c>, <c>2019-Q3</c> or <c>2019-07</c>; no unit = the whole county.</summary>
public sealed class TargetInput
{
    public string? Period { get; set; }

    public int? OrgUnitId { get; set; }

    public TargetMetric? Metric { get; set; }

    public string? MetricKey { get; set; }

    public double? Value { get; set; }

    public TargetDirection? Direction { get; set; }
}

/// <summary>One metric and period set for many units at once; a unit whose value is empty has its target removed.</summary>
public sealed class BulkTargetInput
{
    public string? Period { get; set; }

    public TargetMetric? Metric { get; set; }

    public string? MetricKey { get; set; }

    public TargetDirection? Direction { get; set; }

    public Dictionary<int, double?> Values { get; init; } = [];
}

/// <summary>How a year's targets are copied into the next: the same values, or last year's actuals grown by a percentage.</summary>
public enum TargetCopyMode
{
    SameValues,
    FromActuals,
}

public sealed record TargetCopyResult(CommandResult Result, int Added, int Skipped);
