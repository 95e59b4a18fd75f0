namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>What a row of table 三 holds, so the consistency rules can find their rows in either form.</summary>
public enum RequestTableRowKind
{
    /// <summary>一、本年新收.</summary>
    ReceivedThisYear,

    /// <summary>二、上年结转.</summary>
    CarriedFromLastYear,

    /// <summary>A leaf of 三、本年度办理结果 （一）…（六）.</summary>
    Result,

    /// <summary>三（七）总计.</summary>
    ResultsTotal,

    /// <summary>四、结转下年度继续办理.</summary>
    CarriedIntoNextYear,
}
