using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Data;

/// <summary>The <c>Database</c> section.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SqlServer and PostgreSql; for Sqlite defaults to a file in the app's data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up; turn off where a DBA applies the SQL script.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"Database:ConnectionString is required when Database:Provider is {Provider}. / 使用 {Provider} 时必须配置 Database:ConnectionString。",
                [nameof(ConnectionString)]);
        }
    }
}
