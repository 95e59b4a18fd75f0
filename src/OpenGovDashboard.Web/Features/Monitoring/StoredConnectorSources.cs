using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>The enabled sources admins keep in the app (<see cref="MonitoringSource"/>); secrets stay in their protected form.</summary>
public sealed class StoredConnectorSources(IDbContextFactory<DashboardDbContext> dbFactory) : IConnectorSourceStore
{
    public async Task<IReadOnlyList<ConnectorSource>> ListAsync(int? channelId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.MonitoringSources.AsNoTracking()
            .Where(s => s.Enabled && (channelId == null || s.ChannelId == channelId))
            .OrderBy(s => s.ChannelId).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return [.. stored.Select(ToSource)];
    }

    public static ConnectorSource ToSource(MonitoringSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var selectors = string.IsNullOrWhiteSpace(source.ItemSelector) ? null
            : new HtmlListSelectors(source.ItemSelector, string.IsNullOrWhiteSpace(source.LinkSelector) ? "a" : source.LinkSelector,
                source.TitleSelector, source.DateSelector, source.NextPageSelector, source.PageUrlPattern);
        return new ConnectorSource(source.Name, source.ChannelId, source.ColumnId, source.Kind, source.Url, source.Account,
            source.ProtectedSecret, selectors, source.MaxPages, source.Id);
    }
}
