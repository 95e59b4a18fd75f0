using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// Where the configured sources come from. Today <see cref="ConfiguredConnectorSources"/> reads <c>Monitoring:Sources</c>;
/// the stored, admin-edited configuration replaces it by registering its own implementation.
/// </summary>
public interface IConnectorSourceStore
{
    /// <summary>Every source, or those of one channel.</summary>
    Task<IReadOnlyList<ConnectorSource>> ListAsync(int? channelId, CancellationToken cancellationToken);
}
