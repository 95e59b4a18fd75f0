using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Data;

namespace OpenGovDashboard.Web.Auth;

/// <summary>Creates the roles, and on a database without users the first admin (and API key), as docs/api.md says.</summary>
public sealed class BootstrapAdmin(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<DashboardDbContext> dbFactory,
    IOptions<BootstrapOptions> options,
    ResolvedDatabase database,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var settings = options.Value;
        var password = settings.AdminPassword;
        var generated = false;
        if (string.IsNullOrWhiteSpace(password))
        {
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    "Bootstrap:AdminPassword (env Bootstrap__AdminPassword) must be set to create the first admin. / 请配置 Bootstrap:AdminPassword 以创建首个管理员。");
            }

            password = GeneratePassword();
            generated = true;
        }

        var admin = new AppUser { UserName = settings.AdminUser, DisplayName = "系统管理员", EmailConfirmed = true };
        Check(await users.CreateAsync(admin, password), "Bootstrap:AdminPassword");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), Roles.Admin);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        audit.Add(db, "system", "bootstrap.admin", nameof(AppUser), admin.Id, $"created admin '{admin.UserName}'");
        if (!string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            db.ApiKeys.Add(new ApiKey
            {
                Name = "bootstrap",
                Prefix = ApiKeyHasher.DisplayPrefix(settings.ApiKey),
                Hash = ApiKeyHasher.Hash(settings.ApiKey),
                Role = ApiKeyRole.Admin,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            audit.Add(db, "system", "bootstrap.apikey", nameof(ApiKey), null, "created the Admin API key from Bootstrap:ApiKey");
        }

        await db.SaveChangesAsync(cancellationToken);

        if (generated)
        {
            // Printed once, to the console only (not the log): it is not stored anywhere else.
            Console.WriteLine($"""

                ================================================================
                 首次启动：已创建管理员账户 / First start: admin account created
                   用户名 / user:     {settings.AdminUser}
                   密码 / password:   {password}
                 请登录后妥善保管。This is shown only once.
                ================================================================

                """);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Bootstrap failed for {what}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        var body = RandomNumberGenerator.GetString(upper + lower + digits, 12);
        return string.Concat(
            RandomNumberGenerator.GetString(upper, 1),
            RandomNumberGenerator.GetString(lower, 1),
            RandomNumberGenerator.GetString(digits, 1),
            "-",
            body);
    }
}
