namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// A number of the narrative that contradicts the tables or the data: a warning for the person editing, never a failed
/// check and never a reason to hold back an export.
/// </summary>
/// <param name="Section">The narrative section it is in: "一", "五" or "六".</param>
/// <param name="Quote">What the text says.</param>
/// <param name="Expected">What the tables or the data hold (any of them would agree).</param>
public sealed record NarrativeWarning(string Section, NarrativeQuote Quote, IReadOnlyList<decimal> Expected);
