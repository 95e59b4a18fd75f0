using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary><c>POST /api/v1/channels/{id}/sync</c>: run a channel's sources now and wait for the result (docs/api.md).</summary>
public static class MonitoringApi
{
    public static RouteGroupBuilder MapMonitoringApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/channels/{id:int}/sync", async (int id, IConnectorSourceStore sources, ChannelSyncJob job, CancellationToken cancellationToken) =>
            {
                if ((await sources.ListAsync(id, cancellationToken)).Count == 0)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No connector", detail: $"Channel {id} has no configured source.");
                }

                var results = await job.RunChannelAsync(id, cancellationToken);
                return Results.Ok(new
                {
                    added = results.Sum(r => r.Added),
                    duplicates = results.Sum(r => r.Duplicates),
                    failed = results.Count(r => r.Failed),
                    sources = results,
                });
            })
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Run the channel's connectors now and wait: added, duplicates, failed, and each source's report");
        return api;
    }
}
