namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>勾稽关系检查 — one consistency rule evaluated over a table, with a detail a person can act on.</summary>
/// <param name="Rule">The rule id of docs/api.md (<see cref="TableCheckRules"/>).</param>
/// <param name="Passed">Whether every evaluated column, row or group agrees.</param>
/// <param name="Detail">What was checked, or each disagreement with its figures.</param>
public sealed record TableCheck(string Rule, bool Passed, string Detail);
