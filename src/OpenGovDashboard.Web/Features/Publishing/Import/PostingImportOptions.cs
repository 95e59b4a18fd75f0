using System.ComponentModel.DataAnnotations;

namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>The <c>PostingImport</c> section: limits of the Excel/CSV import door.</summary>
public sealed class PostingImportOptions
{
    public const string Section = "PostingImport";

    /// <summary>The largest file accepted, in MB; at most 100 so that ASP.NET's multipart limit (128 MB) is never what refuses it.</summary>
    [Range(1, 100, ErrorMessage = "PostingImport:MaxFileMegabytes must be between 1 and 100. / 导入文件上限应在 1 至 100 MB 之间。")]
    public int MaxFileMegabytes { get; set; } = 50;

    /// <summary>The most data rows one file may have: every row is held (as a small record) until the batch is written whole.</summary>
    [Range(1, 1_000_000, ErrorMessage = "PostingImport:MaxRows must be between 1 and 1000000. / 导入行数上限应在 1 至 1000000 之间。")]
    public int MaxRows { get; set; } = 200_000;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}
