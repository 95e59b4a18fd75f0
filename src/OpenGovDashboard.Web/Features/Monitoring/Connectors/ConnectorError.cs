namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// Why a run stopped early: a stable <paramref name="Code"/> (<c>wechat:45009</c>, <c>weibo:21327</c>, <c>http:503</c>,
/// <c>timeout</c>…) and a message without any secret. <paramref name="Retryable"/> errors may go away on a retry within
/// the run; the others wait for the next run or for an admin (an expired Weibo token).
/// </summary>
public sealed record ConnectorError(string Code, string Message, bool Retryable = false);
