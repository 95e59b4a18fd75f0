using Microsoft.AspNetCore.DataProtection;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// Keeps connector secrets (WeChat app secrets, Weibo access tokens) with ASP.NET Core Data Protection under one
/// purpose: stored and configured only protected, unprotected just before a request, never logged or shown back.
/// </summary>
public sealed class ConnectorSecrets(IDataProtectionProvider provider)
{
    public const string Purpose = "OpenGovDashboard.Monitoring.ConnectorSecrets.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The plain secret of a source; throws when it has none or when the key ring cannot read it.</summary>
    public string Unprotect(ConnectorSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return string.IsNullOrEmpty(source.ProtectedSecret)
            ? throw new InvalidOperationException($"Source {source.Key} has no secret.")
            : _protector.Unprotect(source.ProtectedSecret);
    }
}
