using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Administration;

/// <summary>Users: list, create, change role and unit, reset password, lock and unlock — each change audited.</summary>
public sealed class UserAdministration(
    IServiceScopeFactory scopes,
    IDbContextFactory<DashboardDbContext> dbFactory,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<UserListItem>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.OrgUnitId,
                Unit = db.OrgUnits.Where(o => o.Id == u.OrgUnitId).Select(o => o.Name).FirstOrDefault(),
                u.LockoutEnd,
                u.AccessFailedCount,
                Role = db.UserRoles.Where(r => r.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. users.Select(u => new UserListItem(
            u.Id, u.UserName!, u.DisplayName, u.Role, u.OrgUnitId, u.Unit, u.LockoutEnd is { } end && end > now, u.AccessFailedCount))];
    }

    public async Task<CommandResult> CreateAsync(string actor, UserInput input, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invalid = await ValidateAsync(input, cancellationToken);
        if (!invalid.Succeeded)
        {
            return invalid;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName?.Trim(),
            OrgUnitId = input.Role == Roles.DepartmentEditor ? input.OrgUnitId : null,
            EmailConfirmed = true,
            LockoutEnabled = true,
        };

        // User, role and audit entry land together or not at all.
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return FromIdentity(created);
        }

        var roled = await users.AddToRoleAsync(user, input.Role);
        if (!roled.Succeeded)
        {
            return FromIdentity(roled);
        }

        audit.Add(db, actor, "user.create", nameof(AppUser), user.Id, $"{user.UserName}; role={input.Role}; unit={user.OrgUnitId}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> UpdateAsync(string actor, string userId, UserInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invalid = await ValidateAsync(input, cancellationToken, userId);
        if (!invalid.Succeeded)
        {
            return invalid;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return CommandResult.Fail("id", l["Admin.Users.NotFound"]);
        }

        var currentRoles = await users.GetRolesAsync(user);
        if (currentRoles.Contains(Roles.Admin) && input.Role != Roles.Admin && await IsLastActiveAdminAsync(users, user))
        {
            return CommandResult.Fail(nameof(UserInput.Role), l["Admin.Users.LastAdmin"]);
        }

        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var unitBefore = user.OrgUnitId;
        user.DisplayName = input.DisplayName?.Trim();
        user.OrgUnitId = input.Role == Roles.DepartmentEditor ? input.OrgUnitId : null;
        var steps = new List<IdentityResult> { await users.UpdateAsync(user) };
        var roleChanged = !currentRoles.SequenceEqual([input.Role]);
        if (roleChanged)
        {
            steps.Add(await users.RemoveFromRolesAsync(user, currentRoles));
            steps.Add(await users.AddToRoleAsync(user, input.Role));
        }

        // A changed role or unit must reach the user's open sessions (they sign out within Session:RevalidationInterval);
        // a new display name alone does not end anyone's session.
        if (roleChanged || unitBefore != user.OrgUnitId)
        {
            steps.Add(await users.UpdateSecurityStampAsync(user));
        }
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed)
        {
            return FromIdentity(failed);
        }

        audit.Add(db, actor, "user.update", nameof(AppUser), user.Id, $"{user.UserName}; role={input.Role}; unit={user.OrgUnitId}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>Sets a new random password and returns it, to be handed to the user once.</summary>
    public async Task<(CommandResult Result, string? Password)> ResetPasswordAsync(string actor, string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return (CommandResult.Fail("id", l["Admin.Users.NotFound"]), null);
        }

        var password = NewPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return (FromIdentity(reset), null);
        }

        await users.ResetAccessFailedCountAsync(user);
        await AuditAsync(scope, actor, "user.reset-password", user, cancellationToken);
        return (CommandResult.Success, password);
    }

    public async Task<CommandResult> SetLockedAsync(string actor, string userId, bool locked, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return CommandResult.Fail("id", l["Admin.Users.NotFound"]);
        }

        if (locked && string.Equals(user.UserName, actor, StringComparison.Ordinal))
        {
            return CommandResult.Fail("id", l["Admin.Users.CannotLockSelf"]);
        }

        if (locked && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(users, user))
        {
            return CommandResult.Fail("id", l["Admin.Users.LastAdmin"]);
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!result.Succeeded)
        {
            return FromIdentity(result);
        }

        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(scope, actor, locked ? "user.lock" : "user.unlock", user, cancellationToken);
        return CommandResult.Success;
    }

    private async Task AuditAsync(AsyncServiceScope scope, string actor, string action, AppUser user, CancellationToken cancellationToken)
    {
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        audit.Add(db, actor, action, nameof(AppUser), user.Id, user.UserName);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<CommandResult> ValidateAsync(UserInput input, CancellationToken cancellationToken, string? userId = null)
    {
        var errors = new List<FieldError>();
        if (userId is null && string.IsNullOrWhiteSpace(input.UserName))
        {
            errors.Add(new FieldError(nameof(UserInput.UserName), l["Admin.Users.UserNameRequired"]));
        }

        if (!Roles.All.Contains(input.Role))
        {
            errors.Add(new FieldError(nameof(UserInput.Role), l["Admin.Users.RoleRequired"]));
        }
        else if (input.Role == Roles.DepartmentEditor)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (input.OrgUnitId is not { } unitId || !await db.OrgUnits.AnyAsync(u => u.Id == unitId, cancellationToken))
            {
                errors.Add(new FieldError(nameof(UserInput.OrgUnitId), l["Admin.Users.UnitRequired"]));
            }
        }

        return new CommandResult(errors);
    }

    private async Task<bool> IsLastActiveAdminAsync(UserManager<AppUser> users, AppUser user)
    {
        var now = clock.GetUtcNow();
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }

    private static CommandResult FromIdentity(IdentityResult result) =>
        new([.. result.Errors.Select(e => new FieldError(e.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "UserName", e.Description))]);

    private static string NewPassword() =>
        string.Concat(
            RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 2),
            RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 4),
            RandomNumberGenerator.GetString("23456789", 4),
            "-",
            RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6));
}

public sealed record UserListItem(
    string Id, string UserName, string? DisplayName, string? Role, int? OrgUnitId, string? OrgUnit, bool IsLocked, int FailedSignIns);

/// <summary>What the user form edits.</summary>
public sealed class UserInput
{
    public string UserName { get; set; } = "";

    public string? DisplayName { get; set; }

    public string Role { get; set; } = Roles.Viewer;

    public int? OrgUnitId { get; set; }
}
