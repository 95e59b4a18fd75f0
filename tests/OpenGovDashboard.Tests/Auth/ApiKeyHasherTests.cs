using OpenGovDashboard.Web.Auth;

namespace OpenGovDashboard.Tests.Auth;

public sealed class ApiKeyHasherTests
{
    [Fact]
    public void NewKeysAreUniqueLongAndPrefixed()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeyHasher.NewKey()).ToList();
        Assert.Equal(100, keys.Distinct().Count());
        Assert.All(keys, k => Assert.StartsWith(ApiKeyHasher.KeyPrefix, k, StringComparison.Ordinal));
        Assert.All(keys, k => Assert.True(k.Length >= 40));
    }

    [Fact]
    public void HashIsStableAndNeverTheKeyItself()
    {
        var key = ApiKeyHasher.NewKey();
        Assert.Equal(ApiKeyHasher.Hash(key), ApiKeyHasher.Hash(key));
        Assert.DoesNotContain(key, ApiKeyHasher.Hash(key), StringComparison.Ordinal);
        Assert.Equal(64, ApiKeyHasher.Hash(key).Length);
    }
}
