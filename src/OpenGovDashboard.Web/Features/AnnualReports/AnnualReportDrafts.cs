using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>The editable text of a report: section 一's narrative, 五 (problems and improvements) and 六 (other matters).</summary>
public sealed record ReportSections(string One, string Five, string Six)
{
    public static ReportSections FromJson(string json) =>
        JsonSerializer.Deserialize<ReportSections>(json, JsonOptions) ?? new ReportSections("", "", "");

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

public sealed record DraftVersion(int Id, int Version, DateTime CreatedAtUtc, string? CreatedBy, bool IsFinal, string? FinalizedBy);

/// <summary>
/// 年报草稿 — every save of a unit's report text for a year is a new version (nothing is overwritten); an admin marks one
/// version final (and only one). Who may write follows <see cref="Policies.BuildReports"/> and the unit scope: a department
/// editor drafts their own unit's report.
/// </summary>
public sealed class AnnualReportDrafts(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CommandPolicy policy,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<DraftVersion>> VersionsAsync(UnitScope scope, int year, int orgUnitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureCovers(orgUnitId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AnnualReportDrafts.AsNoTracking()
            .Where(d => d.Year == year && d.OrgUnitId == orgUnitId)
            .OrderByDescending(d => d.Version)
            .Select(d => new DraftVersion(d.Id, d.Version, d.CreatedAtUtc, d.CreatedBy, d.IsFinal, d.FinalizedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The text of one version, or of the latest when <paramref name="version"/> is null; null when nothing is saved.</summary>
    public async Task<ReportSections?> LoadAsync(UnitScope scope, int year, int orgUnitId, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureCovers(orgUnitId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AnnualReportDrafts.AsNoTracking().Where(d => d.Year == year && d.OrgUnitId == orgUnitId);
        query = version is { } v ? query.Where(d => d.Version == v) : query.OrderByDescending(d => d.Version);
        var json = await query.Select(d => d.SectionsJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ReportSections.FromJson(json);
    }

    public async Task<(CommandResult Result, int? Version)> SaveAsync(ClaimsPrincipal user, UnitScope scope, int year, int orgUnitId, ReportSections sections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(sections);
        if (await policy.RefusalAsync(user, Policies.BuildReports, l["Reports.Error.Forbidden"]) is { } refused)
        {
            return (refused, null);
        }

        scope.EnsureCovers(orgUnitId);
        if (sections.One.Length + sections.Five.Length + sections.Six.Length > 200_000)
        {
            return (CommandResult.Fail("sections", l["Reports.Error.TooLong"]), null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var last = await db.AnnualReportDrafts.Where(d => d.Year == year && d.OrgUnitId == orgUnitId).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var actor = user.Identity?.Name ?? "?";
        var draft = new AnnualReportDraft
        {
            Year = year, OrgUnitId = orgUnitId, Version = last + 1, SectionsJson = sections.ToJson(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = actor,
        };
        db.AnnualReportDrafts.Add(draft);
        audit.Add(db, actor, "report.save", nameof(AnnualReportDraft), null, string.Create(CultureInfo.InvariantCulture, $"year={year}; unit={orgUnitId}; version={draft.Version}"));
        await db.SaveChangesAsync(cancellationToken);
        return (CommandResult.Success, draft.Version);
    }

    /// <summary>Marks one version final (admins only, <see cref="Policies.FinalizeReports"/>); any other final version of that report stops being final.</summary>
    public async Task<CommandResult> MarkFinalAsync(ClaimsPrincipal user, int year, int orgUnitId, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await policy.RefusalAsync(user, Policies.FinalizeReports, l["Reports.Error.FinalForbidden"]) is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var drafts = await db.AnnualReportDrafts.Where(d => d.Year == year && d.OrgUnitId == orgUnitId).ToListAsync(cancellationToken);
        var chosen = drafts.SingleOrDefault(d => d.Version == version);
        if (chosen is null)
        {
            return CommandResult.Fail("version", l["Reports.Error.NoVersion", version]);
        }

        var actor = user.Identity?.Name ?? "?";
        foreach (var draft in drafts)
        {
            draft.IsFinal = draft == chosen;
            draft.FinalizedAtUtc = draft == chosen ? clock.GetUtcNow().UtcDateTime : null;
            draft.FinalizedBy = draft == chosen ? actor : null;
        }

        audit.Add(db, actor, "report.final", nameof(AnnualReportDraft), chosen.Id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"year={year}; unit={orgUnitId}; version={version}"));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
