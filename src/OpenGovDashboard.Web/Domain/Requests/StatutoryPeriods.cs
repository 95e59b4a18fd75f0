namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>法定期限 — the periods of 《政府信息公开条例》(2019, in force 2019-05-15), in working days (docs/domain.md §2).</summary>
public static class StatutoryPeriods
{
    /// <summary>Art. 33: answer within 20 working days of receipt (or of receipt of the 补正).</summary>
    public const int AnswerWorkingDays = 20;

    /// <summary>Art. 33: one extension of at most 20 working days.</summary>
    public const int MaxExtensionWorkingDays = 20;

    /// <summary>Art. 30: the 补正 notice goes out within 7 working days of receipt.</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    /// <summary>Art. 32: a consulted third party has 15 working days to give its opinion.</summary>
    public const int ThirdPartyReplyWorkingDays = 15;
}
