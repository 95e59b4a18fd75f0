using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>
/// Reads and saves the leading group's <see cref="AssessmentSettings"/> (status thresholds, ranking weights) in the
/// app-settings table; unset keys fall back to the defaults. Leaders and admins change them; each change is audited.
/// </summary>
public sealed class AssessmentSettingsStore(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CommandPolicy policy,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    private const string Prefix = "assessment.";

    public async Task<AssessmentSettings> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var values = await db.AppSettings.AsNoTracking()
            .Where(s => s.Key.StartsWith(Prefix))
            .ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var defaults = AssessmentSettings.Default;
        var settings = new AssessmentSettings(
            Read(values, nameof(AssessmentSettings.AtRiskBelow), defaults.AtRiskBelow),
            Read(values, nameof(AssessmentSettings.BehindBelow), defaults.BehindBelow),
            Read(values, nameof(AssessmentSettings.AttainmentWeight), defaults.AttainmentWeight),
            Read(values, nameof(AssessmentSettings.StatusWeight), defaults.StatusWeight),
            Read(values, nameof(AssessmentSettings.AttainmentCap), defaults.AttainmentCap));

        // A hand-edited row that breaks the rules must not break every page: fall back to the defaults.
        return settings.Problems().Count == 0 ? settings : defaults;
    }

    public async Task<CommandResult> SaveAsync(ClaimsPrincipal user, AssessmentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(settings);
        if (await policy.RefusalAsync(user, Policies.SetTargets, l["Targets.Error.Forbidden"]) is { } refused)
        {
            return refused;
        }

        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            return new CommandResult([.. problems.Select(p => new FieldError(p, l["Assessment.Error." + p]))]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.Identity?.Name ?? "?";
        var existing = await db.AppSettings.Where(s => s.Key.StartsWith(Prefix)).ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var (name, value) in new[]
                 {
                     (nameof(AssessmentSettings.AtRiskBelow), settings.AtRiskBelow),
                     (nameof(AssessmentSettings.BehindBelow), settings.BehindBelow),
                     (nameof(AssessmentSettings.AttainmentWeight), settings.AttainmentWeight),
                     (nameof(AssessmentSettings.StatusWeight), settings.StatusWeight),
                     (nameof(AssessmentSettings.AttainmentCap), settings.AttainmentCap),
                 })
        {
            var key = Prefix + name;
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (!existing.TryGetValue(key, out var row))
            {
                row = new AppSetting { Key = key, Value = text };
                db.AppSettings.Add(row);
            }

            row.Value = text;
            row.UpdatedAtUtc = now;
            row.UpdatedBy = actor;
        }

        audit.Add(db, actor, "assessment.settings", nameof(AppSetting), null, string.Create(CultureInfo.InvariantCulture,
            $"atRisk<{settings.AtRiskBelow}; behind<{settings.BehindBelow}; weights={settings.AttainmentWeight}/{settings.StatusWeight}; cap={settings.AttainmentCap}"));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private static double Read(Dictionary<string, string> values, string name, double fallback) =>
        values.TryGetValue(Prefix + name, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
