using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>
/// The file door to <see cref="PostingIngestion"/>, shared by <c>POST /api/v1/postings/import</c> and the import page:
/// read the file, then preview it (validate and count, write nothing) or ingest it whole, errors by spreadsheet row.
/// </summary>
public sealed class PostingImporter(
    PostingFileReader reader,
    PostingIngestion ingestion,
    OrgUnitDirectory units,
    IOptions<PostingImportOptions> options,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>How many rows the preview shows.</summary>
    public const int PreviewRows = 20;

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public int MaxFileMegabytes => options.Value.MaxFileMegabytes;

    /// <summary>Null when the file can be imported by name and size, else the error to show.</summary>
    public ApiFieldError? CheckFile(string fileName, long length)
    {
        if (PostingFileReader.FormatOf(fileName) is null)
        {
            return new ApiFieldError(null, null, "file", l["Import.Error.FileType", Path.GetFileName(fileName ?? "")]);
        }

        return length > MaxFileBytes
            ? new ApiFieldError(null, null, "file", l["Import.Error.TooLarge", Megabytes(length), MaxFileMegabytes])
            : null;
    }

    public string TooLargeMessage(long length) => l["Import.Error.TooLarge", Megabytes(length), MaxFileMegabytes];

    public Task<PostingImportResult> PreviewAsync(UnitScope scope, string fileName, Stream content, CancellationToken cancellationToken) =>
        RunAsync(scope, fileName, content, (file, errors) => ingestion.PreviewAsync(scope, file.Items, file.FirstRow, cancellationToken, errors), cancellationToken);

    /// <summary>Ingests the file whole or not at all; the audit entry names it as <c>import:&lt;file name&gt;</c>.</summary>
    public Task<PostingImportResult> ImportAsync(UnitScope scope, string actor, string fileName, Stream content, CancellationToken cancellationToken) =>
        RunAsync(scope, fileName, content, (file, errors) => ingestion.IngestAsync(
            scope, actor, "import:" + SourceName(fileName), file.Items, file.FirstRow, cancellationToken, errors), cancellationToken);

    private async Task<PostingImportResult> RunAsync(
        UnitScope scope, string fileName, Stream content, Func<PostingFile, IReadOnlyList<ApiFieldError>, Task<PostingBatchResult>> ingest,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        if (CheckFile(fileName, content.Length) is { } fileError)
        {
            return Failed(0, [fileError], []);
        }

        // Parsing is synchronous CPU and file work: off the caller's thread (a Blazor circuit stays responsive).
        var format = PostingFileReader.FormatOf(fileName)!.Value;
        var file = await Task.Run(() => reader.Read(content, format, cancellationToken), cancellationToken);
        var firstRows = file.Items.Select((item, i) => new PostingFileRow(file.FirstRow + i, item))
            .Where(r => !file.BlankRows.Contains(r.Row)).Take(PreviewRows).ToList();
        if (!file.IsReadable)
        {
            return Failed(file.DataRows, file.Errors, firstRows);
        }

        PostingBatchResult batch;
        try
        {
            batch = await ingest(file, file.Errors);
        }
        catch (UnitScopeViolationException violation)
        {
            var (refusal, rows) = await RefusalAsync(scope, file, violation.UnitId, cancellationToken);
            return new PostingImportResult(file.DataRows, 0, 0, [], refusal, firstRows) { RefusedRows = rows };
        }

        // A blank row's empty cells are not worth an error each: its one "blank row" error says it all.
        var errors = batch.Errors.Where(e => e.Row is not { } row || !file.BlankRows.Contains(row) || e.Field == "row");
        return new PostingImportResult(file.DataRows, batch.Added, batch.Duplicates, Ordered(errors), null, firstRows);
    }

    private async Task<(string Message, List<int> Rows)> RefusalAsync(UnitScope scope, PostingFile file, int? unitId, CancellationToken cancellationToken)
    {
        var tree = await units.GetAsync(cancellationToken);
        var unitName = unitId is { } id ? tree.Find(id)?.Name ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        var idText = unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = file.Items.Select((item, i) => (Row: file.FirstRow + i, Unit: item.OrgUnit?.Trim()))
            .Where(x => x.Unit is not null && (x.Unit == unitName || x.Unit == idText))
            .Select(x => x.Row).Take(10).ToList();
        var own = scope.RootUnitId is { } root ? tree.Find(root)?.Name ?? "" : "";
        var message = rows.Count == 0
            ? l["Import.Error.OutOfScopeNoRow", unitName, own]
            : l["Import.Error.OutOfScope", string.Join(l["Import.ListSeparator"], rows), unitName, own];
        return (message, rows);
    }

    private static PostingImportResult Failed(int rows, IEnumerable<ApiFieldError> errors, IReadOnlyList<PostingFileRow> firstRows) =>
        new(rows, 0, 0, Ordered(errors), null, firstRows);

    /// <summary>File-wide problems first, then by row and, within a row, in the template's column order.</summary>
    private static List<ApiFieldError> Ordered(IEnumerable<ApiFieldError> errors) =>
        [.. errors.OrderBy(e => e.Row ?? 0).ThenBy(e => PostingFileColumns.OrderOf(e.Field))];

    private static string SourceName(string fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        return name.Length <= 200 ? name : name[..200];
    }

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}
