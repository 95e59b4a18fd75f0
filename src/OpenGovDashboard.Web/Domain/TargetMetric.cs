namespace OpenGovDashboard.Web.Domain;

/// <summary>考核指标 — what a target counts. <see cref="Target.MetricKey"/> narrows it (a channel kind, channel id, category or column id).</summary>
public enum TargetMetric
{
    /// <summary>All postings.</summary>
    Postings,

    /// <summary>Postings on one kind of channel; key = channel kind.</summary>
    PostingsByChannelKind,

    /// <summary>Postings on one channel; key = channel id.</summary>
    PostingsByChannel,

    /// <summary>Portal postings in one column category; key = category.</summary>
    PostingsByCategory,

    /// <summary>Training sessions and briefings held.</summary>
    TrainingsHeld,

    /// <summary>人次 trained (业务培训会 only).</summary>
    TrainingAttendees,

    /// <summary>Days since the last posting on a channel (key = channel id) or column (key = "column:id"); a ceiling.</summary>
    DaysSinceLastUpdate,

    /// <summary>依申请公开 answered within the statutory period, as a percentage of those answered in the period (a level, not pro-rated).</summary>
    RequestsAnsweredOnTime,
}
