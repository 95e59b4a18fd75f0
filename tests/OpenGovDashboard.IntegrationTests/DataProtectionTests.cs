using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>Data Protection keys live in the database: a second app node on the same database reads what the first protected.</summary>
public abstract class DataProtectionTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task ASecondNodeOnTheSameDatabaseUnprotectsWhatTheFirstProtected()
    {
        fixture.RequireDatabase();
        var cancellation = TestContext.Current.CancellationToken;
        var protectedText = fixture.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests").Protect("微信公众号 AppSecret");
        await using (var db = fixture.CreateDbContext())
        {
            Assert.True(await db.DataProtectionKeys.AnyAsync(cancellation));
        }

        await using var second = new DashboardAppFactory(fixture.Database.Provider, fixture.Database.ConnectionString);
        _ = second.Server;
        var other = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");
        Assert.Equal("微信公众号 AppSecret", other.Unprotect(protectedText));
    }
}

public sealed class SqliteDataProtectionTests(SqliteAppFixture fixture) : DataProtectionTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlDataProtectionTests(PostgreSqlAppFixture fixture) : DataProtectionTests<PostgreSqlAppFixture>(fixture);
