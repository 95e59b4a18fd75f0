using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// Reads one kind of source. A connector never writes postings: the runner ingests what it returns through
/// <see cref="Publishing.PostingIngestion"/>. Network failures may throw (the runner retries them); an answer that
/// says no (a quota, an expired token) comes back in <see cref="ConnectorFetch.Errors"/>.
/// </summary>
public interface IChannelConnector
{
    ConnectorKind Kind { get; }

    /// <summary>Reads the source; items published before <paramref name="since"/> (a Shanghai day) are left out and end paging.</summary>
    Task<ConnectorFetch> FetchAsync(ConnectorSource source, DateOnly? since, CancellationToken cancellationToken);
}
