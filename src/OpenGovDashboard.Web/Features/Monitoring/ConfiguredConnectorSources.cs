using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>The sources of <c>Monitoring:Sources</c>, secrets protected as they are read.</summary>
public sealed class ConfiguredConnectorSources(IOptions<MonitoringOptions> options, ConnectorSecrets secrets) : IConnectorSourceStore
{
    public Task<IReadOnlyList<ConnectorSource>> ListAsync(int? channelId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ConnectorSource> sources = [.. options.Value.Sources
            .Where(s => channelId is null || s.ChannelId == channelId)
            .Select(s => s.ToSource(secrets))];
        return Task.FromResult(sources);
    }
}
