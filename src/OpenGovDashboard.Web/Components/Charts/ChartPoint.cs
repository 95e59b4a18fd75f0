namespace OpenGovDashboard.Web.Components.Charts;

/// <summary>The data point a user clicked: which series, which category (x) index.</summary>
public sealed record ChartPoint(int SeriesIndex, int DataPointIndex);
