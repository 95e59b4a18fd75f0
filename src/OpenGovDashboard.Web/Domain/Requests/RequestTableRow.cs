namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// A data row of table 三: a stable key ("3.3.1"), the form's labels from the outer label to the leaf (normalised as in
/// docs/api.md: full-width brackets, items numbered "1."), and what the row holds.
/// </summary>
public sealed record RequestTableRow(string Key, IReadOnlyList<string> Path, RequestTableRowKind Kind)
{
    public string Label => Path[^1];
}
