namespace OpenGovDashboard.Web.Domain.Monitoring;

/// <summary>How a probe was started. Only scheduled probes count toward the week's failure share.</summary>
public enum ProbeTrigger
{
    /// <summary>The probe job's schedule through the day (19号 "每天间隔性访问").</summary>
    Schedule,

    /// <summary>An admin's 立即探测: shown as the latest result, but left out of the window, so that clicks cannot dilute failures.</summary>
    Manual,
}
