using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// Where sources come from: <see cref="ConfiguredConnectorSources"/> (<c>Monitoring:Sources</c>), <see cref="StoredConnectorSources"/>
/// (edited by admins), and <see cref="AllConnectorSources"/>, the two together, which the app registers.
/// </summary>
public interface IConnectorSourceStore
{
    /// <summary>Every source, or those of one channel.</summary>
    Task<IReadOnlyList<ConnectorSource>> ListAsync(int? channelId, CancellationToken cancellationToken);
}
