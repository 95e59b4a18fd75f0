namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>年报格式 — the national annual-report form: 2019 试行 for 2019–2020, the 2021 revision from 2021 (docs/domain.md §1.2).</summary>
public enum ReportForm
{
    /// <summary>国办公开办函〔2019〕60号: table 三's （六）其他处理 is one row.</summary>
    Form2019,

    /// <summary>国办公开办函〔2021〕30号: （六） is split into three rows.</summary>
    Form2021,
}
