namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A row of a form's 第二十条 tables, all in the form's own words.</summary>
/// <param name="Section">The section, e.g. "第二十条第（五）项".</param>
/// <param name="Item">The 信息内容, e.g. "行政许可".</param>
/// <param name="Columns">The row's columns.</param>
/// <param name="Unit">The unit the row's amount column is in under the form (万元), for the rows that hold an amount.</param>
public sealed record Article20Row(string Section, string Item, IReadOnlyList<string> Columns, string? Unit = null);
