using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Administration;

/// <summary>The org-unit tree: add a unit under another, rename one. Units are never deleted: history refers to them.</summary>
public sealed class OrgUnitAdministration(
    IDbContextFactory<DashboardDbContext> dbFactory,
    OrgUnitDirectory directory,
    AuditLog audit,
    IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> AddAsync(string actor, int? parentId, string name, OrgUnitKind kind, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invalid = await ValidateNameAsync(db, name, null, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (parentId is { } parent && !await db.OrgUnits.AnyAsync(u => u.Id == parent, cancellationToken))
        {
            return CommandResult.Fail("parentId", l["Admin.Units.ParentUnknown"]);
        }

        if (parentId is null && await db.OrgUnits.AnyAsync(u => u.ParentId == null, cancellationToken))
        {
            return CommandResult.Fail("parentId", l["Admin.Units.ParentRequired"]);
        }

        var unit = new OrgUnit { Name = name.Trim(), Kind = kind, ParentId = parentId, SortOrder = 1000 };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, "orgunit.create", nameof(OrgUnit), unit.Id.ToString(CultureInfo.InvariantCulture), $"{unit.Name}; parent={parentId}; kind={kind}");
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return CommandResult.Success;
    }

    public async Task<CommandResult> RenameAsync(string actor, int id, string name, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unit = await db.OrgUnits.FindAsync([id], cancellationToken);
        if (unit is null)
        {
            return CommandResult.Fail("id", l["Admin.Units.NotFound"]);
        }

        var invalid = await ValidateNameAsync(db, name, id, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var old = unit.Name;
        unit.Name = name.Trim();
        audit.Add(db, actor, "orgunit.rename", nameof(OrgUnit), id.ToString(CultureInfo.InvariantCulture), $"{old} → {unit.Name}");
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return CommandResult.Success;
    }

    private async Task<CommandResult?> ValidateNameAsync(DashboardDbContext db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            return CommandResult.Fail("name", l["Admin.Units.NameRequired"]);
        }

        var trimmed = name.Trim();
        return await db.OrgUnits.AnyAsync(u => u.Name == trimmed && u.Id != exceptId, cancellationToken)
            ? CommandResult.Fail("name", l["Admin.Units.NameTaken", trimmed])
            : null;
    }
}
