using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// <c>Monitoring</c>: the platforms' base URLs (configurable so that tests and proxies can stand in), the HTTP timeout,
/// the retry budget of a failing source, how long run records stay, and sources kept in configuration.
/// </summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    [Required]
    [Url]
    public string WeChatBaseUrl { get; set; } = "https://api.weixin.qq.com/";

    [Required]
    [Url]
    public string WeiboBaseUrl { get; set; } = "https://api.weibo.com/";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How many times a source is tried in one run before it is reported as failed.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first wait before a retry; it doubles each time (and WeChat's "system busy" uses the same ladder).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long run records are kept (the nightly job removes older ones).</summary>
    [Range(7, 3650)]
    public int RunRetentionDays { get; set; } = 180;

    /// <summary>When availability probes run (cron, Asia/Shanghai); 19号 asks for 20 or more a day.</summary>
    [Required]
    public string ProbeCron { get; set; } = DefaultProbeCron;

    public const string DefaultProbeCron = "*/30 * * * *";

    /// <summary>How long probe results are kept.</summary>
    [Range(7, 3650)]
    public int ProbeRetentionDays { get; set; } = 90;

    /// <summary>Read-only sources from configuration, run beside the ones admins store in the app.</summary>
    public List<ConnectorSourceOptions> Sources { get; set; } = [];
}
