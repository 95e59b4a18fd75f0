using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Channels;

/// <summary><c>/api/v1/channels</c> as docs/api.md defines it.</summary>
public static class ChannelsApi
{
    public static RouteGroupBuilder MapChannelsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/channels", async (ChannelQueries queries, CancellationToken cancellationToken) =>
                (await queries.ListAsync(cancellationToken)).Select(c => new ChannelResponse(
                    c.Id, c.Name, c.Kind, c.OwnerOrgUnitId, c.LaunchedOn, c.RetiredOn,
                    c.Columns.Select(col => new ColumnResponse(col.Id, col.Name, col.Category, col.UpdateClass)).ToList())))
            .RequireAuthorization(Policies.Reader)
            .WithName("ListChannels")
            .WithSummary("Channels with their columns");
        return api;
    }
}

public sealed record ChannelResponse(
    int Id,
    string Name,
    ChannelKind Kind,
    int? OwnerOrgUnitId,
    DateOnly LaunchedOn,
    DateOnly? RetiredOn,
    IReadOnlyList<ColumnResponse> Columns);

public sealed record ColumnResponse(int Id, string Name, ColumnCategory Category, UpdateClass UpdateClass);
