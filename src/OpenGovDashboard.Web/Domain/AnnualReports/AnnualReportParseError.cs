namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>Why a report could not be read.</summary>
public enum AnnualReportParseError
{
    /// <summary>Nothing but whitespace was given.</summary>
    Empty,

    /// <summary>No "XXXX年…年度报告" title (nor 统计时限) names the reporting year.</summary>
    YearNotFound,

    /// <summary>No row "一、本年新收政府信息公开申请数量" of table 三 was found.</summary>
    RequestsTableNotFound,

    /// <summary>A cell of table 三 or 四 holds a number that is not a whole count.</summary>
    InvalidCount,

    /// <summary>A file type other than .docx, .html or plain text.</summary>
    UnsupportedFormat,

    /// <summary>A .docx or .html file that could not be opened.</summary>
    UnreadableFile,
}
