using OpenGovDashboard.Web.Features.Api;

namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>One data row as read, for the preview table.</summary>
public sealed record PostingFileRow(int Row, PostingInput Input);

/// <summary>
/// The outcome of previewing or importing a file: its data rows, what was (or would be) added and skipped as
/// duplicates, every error by row, or a refusal (rows name a unit outside the caller's scope: <see cref="RefusedRows"/>).
/// Either way, unless <see cref="Succeeded"/>, nothing was written.
/// </summary>
public sealed record PostingImportResult(
    int Rows, int Added, int Duplicates, IReadOnlyList<ApiFieldError> Errors, string? Refusal, IReadOnlyList<PostingFileRow> FirstRows)
{
    public IReadOnlyList<int> RefusedRows { get; init; } = [];

    public bool Succeeded => Errors.Count == 0 && Refusal is null;
}
