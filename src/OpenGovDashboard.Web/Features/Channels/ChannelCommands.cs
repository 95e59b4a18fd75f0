using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Channels;

/// <summary>
/// Creates, edits and retires channels, their columns and events. Retiring keeps every posting; dates that
/// would leave existing postings outside a channel's life are refused. Each change is audited. Admins only, checked here.
/// </summary>
public sealed class ChannelCommands(IDbContextFactory<DashboardDbContext> dbFactory, AuditLog audit, TimeProvider clock, CommandPolicy policy, IStringLocalizer<SharedResource> l)
{
    public async Task<(CommandResult Result, int? Id)> SaveAsync(ClaimsPrincipal user, int? id, ChannelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await RefusalAsync(user) is { } refused)
        {
            return (refused, null);
        }

        var actor = CommandPolicy.Actor(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors.Add(new FieldError("name", l["Channels.Error.Name"]));
        }
        else if (await db.Channels.AnyAsync(c => c.Name == name && c.Id != id, cancellationToken))
        {
            errors.Add(new FieldError("name", l["Channels.Error.NameTaken", name]));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", l["Channels.Error.Kind"]));
        }

        if (input.OwnerOrgUnitId is { } owner && !await db.OrgUnits.AnyAsync(u => u.Id == owner, cancellationToken))
        {
            errors.Add(new FieldError("ownerOrgUnitId", l["Admin.Keys.UnitUnknown"]));
        }

        var launched = input.LaunchedOn ?? ShanghaiTime.Today(clock);
        if (input.RetiredOn is { } retired && retired < launched)
        {
            errors.Add(new FieldError("retiredOn", l["Channels.Error.RetiredBeforeLaunch"]));
        }

        if (id is { } existingId)
        {
            var first = await db.Postings.Where(p => p.ChannelId == existingId).MinAsync(p => (DateOnly?)p.PublishedOn, cancellationToken);
            var last = await db.Postings.Where(p => p.ChannelId == existingId).MaxAsync(p => (DateOnly?)p.PublishedOn, cancellationToken);
            if (first is { } firstDay && launched > firstDay)
            {
                errors.Add(new FieldError("launchedOn", l["Channels.Error.PostingsBeforeLaunch", Day(firstDay)]));
            }

            if (input.RetiredOn is { } retiredOn && last is { } lastDay && retiredOn < lastDay)
            {
                errors.Add(new FieldError("retiredOn", l["Channels.Error.PostingsAfterRetired", Day(lastDay)]));
            }
        }

        if (errors.Count > 0)
        {
            return (new CommandResult(errors), null);
        }

        Channel channel;
        if (id is { } channelId)
        {
            channel = await db.Channels.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == channelId, cancellationToken)
                ?? throw new InvalidOperationException($"Channel {channelId} does not exist.");
        }
        else
        {
            channel = new Channel { Name = name! };
            db.Channels.Add(channel);
        }

        var wasRetired = channel.RetiredOn;
        channel.Name = name!;
        channel.Kind = input.Kind!.Value;
        channel.OwnerOrgUnitId = input.OwnerOrgUnitId;
        channel.LaunchedOn = launched;
        channel.RetiredOn = input.RetiredOn;
        if (id is null)
        {
            channel.Events.Add(new ChannelEvent { OccurredOn = launched, Kind = ChannelEventKind.Launched, Description = l["Channels.Event.Launched"] });
        }

        if (input.RetiredOn is { } retiredDay && wasRetired is null)
        {
            channel.Events.Add(new ChannelEvent { OccurredOn = retiredDay, Kind = ChannelEventKind.Retired, Description = l["Channels.Event.Retired"] });
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, id is null ? "channel.create" : "channel.update", nameof(Channel), channel.Id.ToString(CultureInfo.InvariantCulture),
            $"{channel.Name}; kind={channel.Kind}; owner={channel.OwnerOrgUnitId}; launched={Day(channel.LaunchedOn)}; retired={(channel.RetiredOn is { } r ? Day(r) : "-")}");
        await db.SaveChangesAsync(cancellationToken);
        return (CommandResult.Success, channel.Id);
    }

    public async Task<CommandResult> SaveColumnAsync(ClaimsPrincipal user, int channelId, int? columnId, ColumnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await RefusalAsync(user) is { } refused)
        {
            return refused;
        }

        var actor = CommandPolicy.Actor(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return CommandResult.Fail("name", l["Channels.Error.ColumnName"]);
        }

        if (await db.Columns.AnyAsync(c => c.ChannelId == channelId && c.Name == name && c.Id != columnId, cancellationToken))
        {
            return CommandResult.Fail("name", l["Channels.Error.ColumnTaken", name]);
        }

        var column = columnId is { } existing
            ? await db.Columns.SingleAsync(c => c.Id == existing && c.ChannelId == channelId, cancellationToken)
            : db.Columns.Add(new Column { ChannelId = channelId, Name = name, SortOrder = 1000 }).Entity;
        column.Name = name;
        column.Category = input.Category;
        column.UpdateClass = input.UpdateClass;
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, columnId is null ? "column.create" : "column.update", nameof(Column), column.Id.ToString(CultureInfo.InvariantCulture),
            $"{name}; channel={channelId}; category={input.Category}; updateClass={input.UpdateClass}");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> AddEventAsync(ClaimsPrincipal user, int channelId, DateOnly? occurredOn, ChannelEventKind kind, string? description, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(user) is { } refused)
        {
            return refused;
        }

        var actor = CommandPolicy.Actor(user);
        var text = description?.Trim();
        if (occurredOn is null)
        {
            return CommandResult.Fail("occurredOn", l["Channels.Error.EventDate"]);
        }

        if (string.IsNullOrEmpty(text) || text.Length > 500)
        {
            return CommandResult.Fail("description", l["Channels.Error.EventDescription"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChannelEvents.Add(new ChannelEvent { ChannelId = channelId, OccurredOn = occurredOn.Value, Kind = kind, Description = text });
        audit.Add(db, actor, "channel.event", nameof(Channel), channelId.ToString(CultureInfo.InvariantCulture), $"{Day(occurredOn.Value)} {kind}: {text}");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<CommandResult?> RefusalAsync(ClaimsPrincipal user) => policy.RefusalAsync(user, Policies.Admin, l["Channels.Error.Forbidden"]);
}
