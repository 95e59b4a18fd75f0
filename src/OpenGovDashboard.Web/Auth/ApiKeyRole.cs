namespace OpenGovDashboard.Web.Auth;

/// <summary>What a machine caller may do: everything, write data, or read.</summary>
public enum ApiKeyRole
{
    Admin,
    Ingest,
    ReadOnly,
}
