using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Administration;

/// <summary>API keys: created with a role and an optional unit scope, shown once, stored hashed, revoked.</summary>
public sealed class ApiKeyAdministration(
    IDbContextFactory<DashboardDbContext> dbFactory,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<ApiKeyListItem>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAtUtc != null).ThenByDescending(k => k.CreatedAtUtc)
            .Select(k => new ApiKeyListItem(
                k.Id, k.Name, k.Prefix, k.Role, k.OrgUnitId,
                db.OrgUnits.Where(u => u.Id == k.OrgUnitId).Select(u => u.Name).FirstOrDefault(),
                k.CreatedAtUtc, k.LastUsedAtUtc, k.RevokedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Creates a key and returns its secret — the only time it exists outside the caller's hands.</summary>
    public async Task<(CommandResult Result, string? Key)> CreateAsync(string actor, string name, ApiKeyRole role, int? orgUnitId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            errors.Add(new FieldError("name", l["Admin.Keys.NameRequired"]));
        }

        if (orgUnitId is { } unitId && !await db.OrgUnits.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            errors.Add(new FieldError("orgUnitId", l["Admin.Keys.UnitUnknown"]));
        }

        if (errors.Count > 0)
        {
            return (new CommandResult(errors), null);
        }

        var key = ApiKeyHasher.NewKey();
        var apiKey = new ApiKey
        {
            Name = name.Trim(),
            Prefix = ApiKeyHasher.DisplayPrefix(key),
            Hash = ApiKeyHasher.Hash(key),
            Role = role,
            OrgUnitId = orgUnitId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, "apikey.create", nameof(ApiKey), apiKey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{apiKey.Name}; role={role}; unit={orgUnitId}");
        await db.SaveChangesAsync(cancellationToken);
        return (CommandResult.Success, key);
    }

    public async Task<CommandResult> RevokeAsync(string actor, int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var apiKey = await db.ApiKeys.FindAsync([id], cancellationToken);
        if (apiKey is null)
        {
            return CommandResult.Fail("id", l["Admin.Keys.NotFound"]);
        }

        if (apiKey.RevokedAtUtc is null)
        {
            apiKey.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
            audit.Add(db, actor, "apikey.revoke", nameof(ApiKey), apiKey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), apiKey.Name);
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult.Success;
    }
}

public sealed record ApiKeyListItem(
    int Id, string Name, string Prefix, ApiKeyRole Role, int? OrgUnitId, string? OrgUnit,
    DateTime CreatedAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc);
