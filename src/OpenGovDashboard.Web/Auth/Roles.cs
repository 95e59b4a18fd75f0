namespace OpenGovDashboard.Web.Auth;

/// <summary>The four user roles of docs/design.md ("Roles"); names are stored in English, shown in Chinese.</summary>
public static class Roles
{
    /// <summary>领导.</summary>
    public const string Leader = "Leader";

    /// <summary>管理员.</summary>
    public const string Admin = "Admin";

    /// <summary>部门填报员.</summary>
    public const string DepartmentEditor = "DepartmentEditor";

    /// <summary>访客.</summary>
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Leader, Admin, DepartmentEditor, Viewer];

    /// <summary>Who enters data (postings, trainings, requests, figures): the <see cref="Policies.DataEntry"/> policy and <see cref="UnitScope.MayWrite"/> alike.</summary>
    public static readonly IReadOnlyList<string> DataEntry =
        [Admin, DepartmentEditor, DashboardClaims.ApiKeyRoleValue(ApiKeyRole.Admin), DashboardClaims.ApiKeyRoleValue(ApiKeyRole.Ingest)];
}
