namespace OpenGovDashboard.Web.Features.Administration;

/// <summary>Registers 系统管理: users, API keys, the audit log and the org-unit tree.</summary>
public static class AdministrationSetup
{
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<UserAdministration>();
        builder.Services.AddTransient<ApiKeyAdministration>();
        builder.Services.AddTransient<AuditQueries>();
        builder.Services.AddTransient<OrgUnitAdministration>();
        return builder;
    }
}
