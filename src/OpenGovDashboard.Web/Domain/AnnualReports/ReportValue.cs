namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A table cell read as a figure: the number (null when blank) and the money unit printed inside it, if any.</summary>
internal readonly record struct ReportValue(decimal? Number, string? Unit)
{
    public static ReportValue Blank { get; } = new(null, null);
}
