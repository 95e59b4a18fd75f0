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

    /// <summary>
    /// With <see cref="MigrateOnStartup"/> off: how long a node waits for the schema to be brought current before it gives up.
    /// Keep it below the service manager's start timeout (the systemd unit allows 15 minutes) so that the node's own message
    /// says what it waited for.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MigrationWait { get; set; } = TimeSpan.FromMinutes(10);

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
