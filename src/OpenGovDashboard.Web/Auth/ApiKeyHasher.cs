using System.Security.Cryptography;
using System.Text;

namespace OpenGovDashboard.Web.Auth;

/// <summary>
/// Makes and hashes API keys. Keys are 256 random bits, so a plain SHA-256 is enough: there is nothing
/// for a slow password hash to protect against, and look-up by hash stays one indexed query.
/// </summary>
public static class ApiKeyHasher
{
    public const string KeyPrefix = "ogd_";

    public static string NewKey() =>
        KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string DisplayPrefix(string key) => key.Length <= 10 ? key : key[..10];
}
