using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// The sources every run reads: those of <c>Monitoring:Sources</c> first, then the stored ones. Configured sources stay
/// read-only rather than being imported once: their secrets may come from user secrets or the environment, which the
/// deployer keeps outside the database, and a copy would silently stop following the configuration.
/// </summary>
public sealed class AllConnectorSources(ConfiguredConnectorSources configured, StoredConnectorSources stored) : IConnectorSourceStore
{
    public async Task<IReadOnlyList<ConnectorSource>> ListAsync(int? channelId, CancellationToken cancellationToken) =>
        [.. await configured.ListAsync(channelId, cancellationToken), .. await stored.ListAsync(channelId, cancellationToken)];
}
