namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 行政复议/行政诉讼案件 — an administrative review or lawsuit about the agency's disclosure work, linked to its request
/// where there is one.
/// </summary>
/// <param name="Reference">案号.</param>
/// <param name="Kind">复议, 直接起诉 or 复议后起诉.</param>
/// <param name="FiledOn">The day it was filed (受理): the year it is reported in.</param>
/// <param name="Outcome">The decision, or <see cref="ReviewOutcome.Pending"/> while undecided.</param>
/// <param name="DecidedOn">The day of the decision; a decision after the reporting year's end still counts as 尚未审结 there.</param>
/// <param name="RequestReference">申请编号 of the request concerned, if any.</param>
public sealed record ReviewCase(
    string Reference,
    ReviewCaseKind Kind,
    DateOnly FiledOn,
    ReviewOutcome Outcome,
    DateOnly? DecidedOn = null,
    string? RequestReference = null)
{
    /// <summary>The outcome as known on <paramref name="date"/>.</summary>
    public ReviewOutcome OutcomeOn(DateOnly date) => DecidedOn is { } decided && decided <= date ? Outcome : ReviewOutcome.Pending;
}
