namespace OpenGovDashboard.Web.Auth;

/// <summary>Claim types and values the app puts on users and API keys.</summary>
public static class DashboardClaims
{
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The org unit a department editor or a scoped API key is bound to (its children included).</summary>
    public const string OrgUnit = "org_unit";

    /// <summary>The role claim of a key, e.g. <c>ApiKey.Ingest</c>, so key roles never collide with user roles.</summary>
    public static string ApiKeyRoleValue(ApiKeyRole role) => $"{ApiKeyScheme}.{role}";
}
