using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenGovDashboard.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model and script without a server.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDashboardDbContext>
{
    public SqlServerDashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDashboardDbContext>()
            .UseSqlServer("Server=design-time;Database=OpenGovDashboard;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
