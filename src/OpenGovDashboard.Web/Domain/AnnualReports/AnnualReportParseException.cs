using System.Globalization;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// A report that cannot be read as an annual report: what was not found (the year, table 三) or could not be read. A
/// report whose figures break a consistency rule is not this: it parses, and its checks say so.
/// </summary>
public sealed class AnnualReportParseException : Exception
{
    public AnnualReportParseException()
        : this([new AnnualReportParseProblem(AnnualReportParseError.Empty)])
    {
    }

    public AnnualReportParseException(string message)
        : base(message)
    {
        Problems = [];
    }

    public AnnualReportParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public AnnualReportParseException(IReadOnlyList<AnnualReportParseProblem> problems, Exception? innerException = null)
        : base(AnnualReportMessages.Describe(problems, CultureInfo.InvariantCulture), innerException)
    {
        Problems = problems;
    }

    public IReadOnlyList<AnnualReportParseProblem> Problems { get; }

    /// <summary>Every problem in <paramref name="culture"/>'s language (English for "en", Chinese otherwise), joined.</summary>
    public string Describe(CultureInfo culture) => Problems.Count == 0 ? Message : AnnualReportMessages.Describe(Problems, culture);
}
