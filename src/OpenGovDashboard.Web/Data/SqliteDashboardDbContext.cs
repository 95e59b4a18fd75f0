using Microsoft.EntityFrameworkCore;

namespace OpenGovDashboard.Web.Data;

/// <summary>The model on SQLite, the embedded default.</summary>
public sealed class SqliteDashboardDbContext(DbContextOptions<SqliteDashboardDbContext> options) : DashboardDbContext(options);
