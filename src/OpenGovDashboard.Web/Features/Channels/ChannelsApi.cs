using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Channels;

/// <summary><c>/api/v1/channels</c> as docs/api.md defines it.</summary>
public static class ChannelsApi
{
    public static RouteGroupBuilder MapChannelsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/channels", async (ChannelQueries queries, CancellationToken cancellationToken) =>
                (await queries.ListAsync(cancellationToken)).Select(ToResponse))
            .RequireAuthorization(Policies.Reader)
            .WithName("ListChannels")
            .WithSummary("Channels with their columns");

        api.MapPost("/channels", async (JsonElement body, HttpContext http, ChannelCommands commands, ChannelQueries queries,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                var errors = new List<ApiFieldError>();
                var read = new JsonItemReader(body, 0, errors, l);
                var input = new ChannelInput
                {
                    Name = read.Text("name"),
                    Kind = read.OneOf<ChannelKind>("kind"),
                    OwnerOrgUnitId = read.WholeNumber("ownerOrgUnitId"),
                    LaunchedOn = read.Date("launchedOn"),
                };
                if (errors.Count > 0)
                {
                    return ApiProblems.Validation(l, errors.Select(e => e with { Index = null }));
                }

                var (result, id) = await commands.SaveAsync(http.User, null, input, cancellationToken);
                if (!result.Succeeded)
                {
                    return ApiProblems.Validation(l, result.Errors.Select(e => new ApiFieldError(null, null, e.Field, e.Message)));
                }

                var channel = (await queries.ListAsync(cancellationToken)).Single(c => c.Id == id);
                return Results.Created($"/api/v1/channels/{id}", ToResponse(channel));
            })
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Create a channel (connectors arrive with channel monitoring)");
        return api;
    }

    private static ChannelResponse ToResponse(ChannelListItem c) => new(
        c.Id, c.Name, c.Kind, c.OwnerOrgUnitId, c.LaunchedOn, c.RetiredOn,
        [.. c.Columns.Select(col => new ColumnResponse(col.Id, col.Name, col.Category, col.UpdateClass))]);
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
