namespace OpenGovDashboard.Web.Auth;

/// <summary>Authorization policy names; every page, endpoint and job dashboard refers to these.</summary>
public static class Policies
{
    /// <summary>Any signed-in user or valid API key.</summary>
    public const string Reader = "Reader";

    /// <summary>管理员, or an Admin API key.</summary>
    public const string Admin = "Admin";
}
