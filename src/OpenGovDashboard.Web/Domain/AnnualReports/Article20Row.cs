namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>A row of a form's 第二十条 tables: its section, its 信息内容 and its columns, all in the form's own words.</summary>
public sealed record Article20Row(string Section, string Item, IReadOnlyList<string> Columns);
