using System.Globalization;
using System.Security.Claims;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Features.Monitoring.Connectors;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// Adds, edits, deletes and runs the stored connector sources; only admins may (<see cref="MonitoringAdminCheck"/>). A
/// secret is protected before it is stored, and neither it nor its protected form reaches the audit log or a screen. A
/// stored secret goes only where it was entered for: an edit that changes the kind, the account or the API address must
/// enter the secret again, and a custom API address must be https (but for the configured one or this machine), so that
/// nobody can send the next sync's AppSecret or token to a server of their choosing without knowing it.
/// </summary>
public sealed class MonitoringSourceCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MonitoringAdminCheck admin,
    ConnectorSecrets secrets,
    IOptions<MonitoringOptions> options,
    ChannelSyncJob sync,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<(CommandResult Result, int? Id)> SaveAsync(ClaimsPrincipal user, int? id, MonitoringSourceInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await admin.ForbiddenAsync(user) is { } forbidden)
        {
            return (forbidden, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = id is { } existingId ? await db.MonitoringSources.SingleOrDefaultAsync(s => s.Id == existingId, cancellationToken) : null;
        if (id is not null && existing is null)
        {
            return (CommandResult.Fail("id", l["Monitoring.Sources.Error.NotFound"]), null);
        }

        var hadSecret = existing?.ProtectedSecret is { Length: > 0 };
        var errors = await ValidateAsync(db, id, input, hadSecret, existing is not null && SecretStillFits(existing, input), cancellationToken);
        if (errors.Count > 0)
        {
            return (new CommandResult(errors), null);
        }

        var source = existing ?? db.MonitoringSources.Add(new MonitoringSource { Name = "" }).Entity;
        var kind = input.Kind!.Value;
        var needsSecret = kind is ConnectorKind.WeChat or ConnectorKind.Weibo;
        var secretReplaced = needsSecret && !string.IsNullOrWhiteSpace(input.NewSecret);
        source.Name = input.Name!.Trim();
        source.ChannelId = input.ChannelId!.Value;
        source.ColumnId = input.ColumnId;
        source.Kind = kind;
        source.Url = Trimmed(input.Url);
        source.Account = needsSecret ? Trimmed(input.Account) : null;
        source.ProtectedSecret = !needsSecret ? null : secretReplaced ? secrets.Protect(input.NewSecret!.Trim()) : source.ProtectedSecret;
        var isHtml = kind == ConnectorKind.Html;
        source.ItemSelector = isHtml ? Trimmed(input.ItemSelector) : null;
        source.LinkSelector = isHtml ? Trimmed(input.LinkSelector) : null;
        source.TitleSelector = isHtml ? Trimmed(input.TitleSelector) : null;
        source.DateSelector = isHtml ? Trimmed(input.DateSelector) : null;
        source.NextPageSelector = isHtml ? Trimmed(input.NextPageSelector) : null;
        source.PageUrlPattern = isHtml ? Trimmed(input.PageUrlPattern) : null;
        source.MaxPages = input.MaxPages;
        source.Enabled = input.Enabled;
        source.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        source.UpdatedBy = MonitoringAdminCheck.Actor(user);

        // A new source's id exists only after the first save: both saves in one transaction, so there is no change without its audit entry.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, MonitoringAdminCheck.Actor(user), id is null ? "source.create" : "source.update", nameof(MonitoringSource), source.Id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture,
                $"{source.Name}; kind={source.Kind}; channel={source.ChannelId}; column={source.ColumnId}; url={source.Url}; account={source.Account}; enabled={source.Enabled}; secret={(secretReplaced ? "replaced" : source.ProtectedSecret is null ? "none" : "kept")}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (CommandResult.Success, source.Id);
    }

    public async Task<CommandResult> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        if (await admin.ForbiddenAsync(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.MonitoringSources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return CommandResult.Fail("id", l["Monitoring.Sources.Error.NotFound"]);
        }

        db.MonitoringSources.Remove(source);
        audit.Add(db, MonitoringAdminCheck.Actor(user), "source.delete", nameof(MonitoringSource), id.ToString(CultureInfo.InvariantCulture), source.Name);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>立即同步: runs one source through the same job as the nightly run and the sync API, recorded and alerted alike.</summary>
    public async Task<(CommandResult Result, ConnectorSourceResult? Run)> RunNowAsync(ClaimsPrincipal user, string key, CancellationToken cancellationToken)
    {
        if (await admin.ForbiddenAsync(user) is { } forbidden)
        {
            return (forbidden, null);
        }

        var result = await sync.RunSourceAsync(key, cancellationToken);
        return result is null ? (CommandResult.Fail("id", l["Monitoring.Sources.Error.NotRunnable"]), null) : (CommandResult.Success, result);
    }

    /// <summary>
    /// Whether the stored secret may stay: only while it still goes to the same platform account at the same address. The
    /// address compared is the one the connector will call (an empty one is the configured platform's).
    /// </summary>
    private bool SecretStillFits(MonitoringSource existing, MonitoringSourceInput input) =>
        existing.ProtectedSecret is { Length: > 0 }
        && existing.Kind == input.Kind
        && string.Equals(existing.Account, Trimmed(input.Account), StringComparison.Ordinal)
        && ApiAddress(existing.Kind, existing.Url) is { } before
        && ApiAddress(existing.Kind, Trimmed(input.Url)) is { } after
        && before == after;

    private Uri? ApiAddress(ConnectorKind kind, string? url)
    {
        var address = url ?? ConfiguredApiAddress(kind);
        return address is not null && Uri.TryCreate(address.EndsWith('/') ? address : address + "/", UriKind.Absolute, out var uri) ? uri : null;
    }

    private string? ConfiguredApiAddress(ConnectorKind kind) => kind switch
    {
        ConnectorKind.WeChat => options.Value.WeChatBaseUrl,
        ConnectorKind.Weibo => options.Value.WeiboBaseUrl,
        _ => null,
    };

    /// <summary>A secret travels only over https, except to the configured platform address (a proxy the operator chose) or this machine.</summary>
    private bool IsSafeApiAddress(ConnectorKind kind, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback || ApiAddress(kind, url) == ApiAddress(kind, null));

    private async Task<List<FieldError>> ValidateAsync(DashboardDbContext db, int? id, MonitoringSourceInput input, bool hadSecret, bool keepsSecret, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors.Add(new FieldError("name", l["Monitoring.Sources.Error.Name"]));
        }
        else if (await db.MonitoringSources.AnyAsync(s => s.Name == name && s.Id != id, cancellationToken)
            || options.Value.Sources.Any(s => string.Equals(s.Key, name, StringComparison.Ordinal)))
        {
            errors.Add(new FieldError("name", l["Monitoring.Sources.Error.NameTaken", name]));
        }

        if (input.ChannelId is not { } channelId || !await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken))
        {
            errors.Add(new FieldError("channelId", l["Monitoring.Sources.Error.Channel"]));
        }
        else if (input.ColumnId is { } columnId && !await db.Columns.AnyAsync(c => c.Id == columnId && c.ChannelId == channelId, cancellationToken))
        {
            errors.Add(new FieldError("columnId", l["Monitoring.Sources.Error.Column"]));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", l["Monitoring.Sources.Error.Kind"]));
            return errors;
        }

        var url = Trimmed(input.Url);
        if (kind is ConnectorKind.Rss or ConnectorKind.Html ? !IsHttpUrl(url) : url is not null && !IsHttpUrl(url))
        {
            errors.Add(new FieldError("url", l[kind is ConnectorKind.Rss or ConnectorKind.Html ? "Monitoring.Sources.Error.Url" : "Monitoring.Sources.Error.ApiUrl"]));
        }
        else if (kind is ConnectorKind.WeChat or ConnectorKind.Weibo && url is not null && !IsSafeApiAddress(kind, url))
        {
            errors.Add(new FieldError("url", l["Monitoring.Sources.Error.ApiUrlHttps"]));
        }

        if (kind == ConnectorKind.Html)
        {
            if (string.IsNullOrWhiteSpace(input.ItemSelector))
            {
                errors.Add(new FieldError("itemSelector", l["Monitoring.Sources.Error.ItemSelector"]));
            }

            foreach (var (field, selector) in new[]
            {
                ("itemSelector", input.ItemSelector), ("linkSelector", input.LinkSelector), ("titleSelector", input.TitleSelector),
                ("dateSelector", input.DateSelector), ("nextPageSelector", input.NextPageSelector),
            })
            {
                if (!string.IsNullOrWhiteSpace(selector) && !IsSelector(selector))
                {
                    errors.Add(new FieldError(field, l["Monitoring.Sources.Error.Selector", selector.Trim()]));
                }
            }

            if (Trimmed(input.PageUrlPattern) is { } pattern && !pattern.Contains("{page}", StringComparison.Ordinal) && !pattern.Contains("{index}", StringComparison.Ordinal))
            {
                errors.Add(new FieldError("pageUrlPattern", l["Monitoring.Sources.Error.PageUrlPattern"]));
            }
        }

        if (kind is ConnectorKind.WeChat or ConnectorKind.Weibo)
        {
            if (string.IsNullOrWhiteSpace(input.Account) || input.Account.Trim().Length > 100)
            {
                errors.Add(new FieldError("account", l[kind == ConnectorKind.WeChat ? "Monitoring.Sources.Error.AppId" : "Monitoring.Sources.Error.Uid"]));
            }

            if (string.IsNullOrWhiteSpace(input.NewSecret) && !keepsSecret)
            {
                // A stored secret that no longer fits (kind, account or address changed) is asked for again, saying why.
                errors.Add(new FieldError("secret", l[(kind == ConnectorKind.WeChat ? "Monitoring.Sources.Error.AppSecret" : "Monitoring.Sources.Error.Token") + (hadSecret ? "Again" : "")]));
            }
            else if (input.NewSecret is { Length: > 500 })
            {
                errors.Add(new FieldError("secret", l["Monitoring.Sources.Error.SecretLength"]));
            }
        }

        if (input.MaxPages is < 1 or > 100)
        {
            errors.Add(new FieldError("maxPages", l["Monitoring.Sources.Error.MaxPages"]));
        }

        return errors;
    }

    private static bool IsHttpUrl(string? url) =>
        url is { Length: <= 1000 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static bool IsSelector(string selector)
    {
        try
        {
            new HtmlParser().ParseDocument("<html></html>").QuerySelector(selector.Trim());
            return selector.Trim().Length <= 300;
        }
        catch (AngleSharp.Dom.DomException)
        {
            return false;
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
