namespace OpenGovDashboard.Web.Domain;

/// <summary>培训/会议类别.</summary>
public enum TrainingKind
{
    /// <summary>业务培训会.</summary>
    Training,

    /// <summary>汇报会.</summary>
    Briefing,

    Other,
}
