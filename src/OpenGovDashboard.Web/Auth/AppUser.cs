using Microsoft.AspNetCore.Identity;

namespace OpenGovDashboard.Web.Auth;

/// <summary>A person who signs in: a 领导, 管理员, 部门填报员 (scoped to one unit) or 访客.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The unit a department editor is bound to (its children included); null for county-wide roles.</summary>
    public int? OrgUnitId { get; set; }

    /// <summary>zh-CN or en-US; null follows the installation's default (zh-CN).</summary>
    public string? PreferredCulture { get; set; }
}
