namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A figure found in a narrative: which figure, the number quoted, and the phrase it was quoted in.</summary>
/// <param name="Figure">What the phrase speaks of.</param>
/// <param name="Value">The number as written.</param>
/// <param name="Approximate">Written "150余": the true figure is at least <paramref name="Value"/> and below the next ten.</param>
/// <param name="Phrase">The phrase as the text has it, for the warning.</param>
public sealed record NarrativeQuote(NarrativeFigure Figure, decimal Value, bool Approximate, string Phrase)
{
    /// <summary>Whether <paramref name="actual"/> is what the phrase says.</summary>
    public bool Agrees(decimal actual) => Approximate ? actual >= Value && actual < Value + 10 : actual == Value;
}
