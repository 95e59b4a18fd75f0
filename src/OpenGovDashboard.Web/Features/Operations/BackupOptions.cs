using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Features.Operations;

/// <summary>The <c>Backup</c> section: the nightly online backup of the embedded SQLite database.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where the backups go; relative to the app's folder. Default <c>App_Data/backups</c>.</summary>
    [Required(ErrorMessage = "Backup:Folder must not be empty. / Backup:Folder 不能为空。")]
    public string Folder { get; set; } = "App_Data/backups";

    /// <summary>Days of backups kept (one file a day); older ones are deleted after a successful backup.</summary>
    [Range(1, 3650, ErrorMessage = "Backup:KeepDays must be between 1 and 3650. / Backup:KeepDays 须在 1 到 3650 之间。")]
    public int KeepDays { get; set; } = 14;
}
