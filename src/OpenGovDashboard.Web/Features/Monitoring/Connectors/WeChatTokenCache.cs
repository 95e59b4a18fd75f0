using System.Collections.Concurrent;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// One WeChat access token per account (and base URL), kept until shortly before it expires: WeChat limits how often
/// a token may be requested, and a new one invalidates the old. Tokens live in memory only.
/// </summary>
public sealed class WeChatTokenCache(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);

    public bool TryGet(string account, out string token)
    {
        if (_tokens.TryGetValue(account, out var entry) && clock.GetUtcNow() < entry.Until)
        {
            token = entry.Token;
            return true;
        }

        token = "";
        return false;
    }

    /// <summary>Keeps a token for its lifetime less five minutes (less half of it when it is short).</summary>
    public void Set(string account, string token, int expiresInSeconds)
    {
        var lifetime = TimeSpan.FromSeconds(Math.Max(0, expiresInSeconds));
        var margin = lifetime > TimeSpan.FromMinutes(10) ? TimeSpan.FromMinutes(5) : lifetime / 2;
        _tokens[account] = (token, clock.GetUtcNow() + lifetime - margin);
    }

    public void Invalidate(string account) => _tokens.TryRemove(account, out _);
}
