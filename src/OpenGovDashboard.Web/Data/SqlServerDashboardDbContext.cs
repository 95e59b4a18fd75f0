using Microsoft.EntityFrameworkCore;

namespace OpenGovDashboard.Web.Data;

/// <summary>The model on SQL Server, the production database.</summary>
public sealed class SqlServerDashboardDbContext(DbContextOptions<SqlServerDashboardDbContext> options) : DashboardDbContext(options);
