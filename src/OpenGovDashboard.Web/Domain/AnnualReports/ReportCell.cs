namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A cell of a report in reading order, with its line, its matching key and, if it holds one, its value.</summary>
internal sealed record ReportCell(int Line, string Text, bool Positional)
{
    /// <summary>The text with compatibility forms folded and whitespace removed: "（一）" and "(一)" alike, "本年新 公开数量" whole.</summary>
    public string Compact { get; } = ReportText.Compact(Text);

    /// <summary>Letters and digits only: what labels are matched on.</summary>
    public string Key { get; } = ReportText.Key(Text);

    /// <summary>The cell's value when it holds a number or a blank; null for a label or a sentence.</summary>
    public ReportValue? Value { get; } = ReportText.Value(Text);
}
