namespace OpenGovDashboard.Web.Data;

/// <summary>The provider and connection string the app runs on, after defaults; Hangfire storage follows it.</summary>
public sealed record ResolvedDatabase(DatabaseProvider Provider, string ConnectionString);
