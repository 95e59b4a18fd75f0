using Microsoft.EntityFrameworkCore;

namespace OpenGovDashboard.Web.Data;

/// <summary>The model on PostgreSQL and the PG-based domestic databases (KingbaseES, openGauss).</summary>
public sealed class PostgreSqlDashboardDbContext(DbContextOptions<PostgreSqlDashboardDbContext> options) : DashboardDbContext(options);
