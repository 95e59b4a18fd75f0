namespace OpenGovDashboard.Web.Domain.Monitoring;

/// <summary>可用性探测 — the address of a channel that the probe job requests through the day (19号 "站点无法访问").</summary>
public sealed class ChannelProbe
{
    public int ChannelId { get; set; }

    public required string Url { get; set; }

    public bool Enabled { get; set; } = true;
}

/// <summary>One timed request of a probe: when, the HTTP status if any, how long it took, and whether it counts as a failure.</summary>
public sealed class ProbeResult
{
    public long Id { get; set; }

    public int ChannelId { get; set; }

    public DateTime ProbedAtUtc { get; set; }

    /// <summary>The Shanghai day of <see cref="ProbedAtUtc"/>, for the week's window.</summary>
    public DateOnly ProbedOn { get; set; }

    public int? StatusCode { get; set; }

    public int ElapsedMs { get; set; }

    public bool Failed { get; set; }

    public ProbeTrigger Trigger { get; set; }

    public string? Error { get; set; }
}
