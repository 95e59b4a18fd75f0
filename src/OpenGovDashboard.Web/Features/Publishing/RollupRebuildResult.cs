namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>How many rows a full rollup rebuild wrote, per rollup.</summary>
public sealed record RollupRebuildResult(int DayRows, int MonthRows, int MonthColumnRows, int MonthUnitRows, int DayUnitRows);
