using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Features.Operations;

/// <summary>
/// The <c>Logging:File</c> section: besides the console (journald under systemd, <c>docker logs</c> in a container), the
/// app can write a daily file, rotated at midnight and at <see cref="MaxFileMiB"/>, keeping <see cref="RetainedFiles"/>.
/// The levels are those of <c>Logging:LogLevel</c>, as for the console.
/// </summary>
public sealed class FileLogOptions
{
    public const string Section = "Logging:File";

    /// <summary>The log file's path, e.g. <c>/var/log/opengov-dashboard/app.log</c> (the date goes before the extension). Empty: no file.</summary>
    public string? Path { get; set; }

    [Range(1, 3650, ErrorMessage = "Logging:File:RetainedFiles must be between 1 and 3650. / Logging:File:RetainedFiles 须在 1 到 3650 之间。")]
    public int RetainedFiles { get; set; } = 30;

    [Range(1, 10240, ErrorMessage = "Logging:File:MaxFileMiB must be between 1 and 10240. / Logging:File:MaxFileMiB 须在 1 到 10240 之间。")]
    public int MaxFileMiB { get; set; } = 100;
}
