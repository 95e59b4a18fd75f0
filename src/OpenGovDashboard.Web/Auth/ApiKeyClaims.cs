namespace OpenGovDashboard.Web.Auth;

/// <summary>Claims an API-key principal carries.</summary>
public static class ApiKeyClaims
{
    public const string Scheme = "ApiKey";

    /// <summary>The role claim value of a key, e.g. <c>ApiKey.Ingest</c>, so key roles never collide with user roles.</summary>
    public static string RoleValue(ApiKeyRole role) => $"{Scheme}.{role}";

    /// <summary>The org unit a key or a department editor is scoped to.</summary>
    public const string OrgUnit = "org_unit";
}
