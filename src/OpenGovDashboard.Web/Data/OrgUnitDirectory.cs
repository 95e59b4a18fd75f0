using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data;

/// <summary>The org-unit tree, read once and cached (it is small and rarely changes); <see cref="Invalidate"/> after edits.</summary>
public sealed class OrgUnitDirectory(IDbContextFactory<DashboardDbContext> dbFactory)
{
    private volatile OrgUnitTree? _tree;

    public async Task<OrgUnitTree> GetAsync(CancellationToken cancellationToken)
    {
        if (_tree is { } cached)
        {
            return cached;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nodes = await db.OrgUnits.AsNoTracking()
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new OrgUnitNode(u.Id, u.Name, u.Kind, u.ParentId))
            .ToListAsync(cancellationToken);
        var tree = new OrgUnitTree(nodes);
        _tree = tree;
        return tree;
    }

    public void Invalidate() => _tree = null;
}
