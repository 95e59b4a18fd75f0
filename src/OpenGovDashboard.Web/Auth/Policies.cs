namespace OpenGovDashboard.Web.Auth;

/// <summary>
/// One policy per row of the roles table in docs/design.md ("Roles"). Pages, endpoints and the job
/// dashboard name these; which units a caller reaches is the <see cref="UnitScopeService"/>'s part.
/// </summary>
public static class Policies
{
    /// <summary>See dashboards, rankings, reports; export what one may see: every user role, Admin and ReadOnly keys.</summary>
    public const string Reader = "Reader";

    /// <summary>Enter postings, trainings, requests, 第二十条 figures: 管理员, 部门填报员 (own unit), Admin and Ingest keys.</summary>
    public const string DataEntry = "DataEntry";

    /// <summary>Set targets: 领导, 管理员, Admin keys.</summary>
    public const string SetTargets = "SetTargets";

    /// <summary>Approve a request's extension: 领导, 管理员.</summary>
    public const string ApproveExtension = "ApproveExtension";

    /// <summary>Build reports: 领导, 管理员, 部门填报员 (own unit), Admin keys.</summary>
    public const string BuildReports = "BuildReports";

    /// <summary>Mark a report final: 管理员.</summary>
    public const string FinalizeReports = "FinalizeReports";

    /// <summary>Channels, connectors, calendar, users, API keys, <c>/jobs</c>: 管理员, or an Admin API key.</summary>
    public const string Admin = "Admin";
}
