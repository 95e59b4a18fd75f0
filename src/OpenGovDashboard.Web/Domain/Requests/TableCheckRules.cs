namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>The consistency rule ids of docs/api.md (docs/domain.md §1.7).</summary>
public static class TableCheckRules
{
    /// <summary>Table 三, per column: 一 + 二 = 三（七）+ 四 (printed in the form).</summary>
    public const string RequestsBalance = "requests.balance";

    /// <summary>Table 三, per column: the result rows add up to （七）总计.</summary>
    public const string RequestsResultsTotal = "requests.resultsTotal";

    /// <summary>Table 三, per row: 总计 = the six applicant columns.</summary>
    public const string RequestsRowTotals = "requests.rowTotals";

    /// <summary>Table 四: each 总计 = its four parts.</summary>
    public const string ReviewsTotals = "reviews.totals";

    /// <summary>This year's 二、上年结转 = last year's 四、结转下年度, per column.</summary>
    public const string CrossYearCarryOver = "crossYear.carryOver";

    /// <summary>2019 form: 上一年项目数量 follows from last year (table 二; evaluated with the 第二十条 figures, not here).</summary>
    public const string Article20PreviousYear = "article20.previousYear";
}
