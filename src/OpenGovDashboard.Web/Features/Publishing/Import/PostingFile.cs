using OpenGovDashboard.Web.Features.Api;

namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>
/// What <see cref="PostingFileReader"/> read: the rows as <see cref="PostingInput"/>s (item 0 is spreadsheet row
/// <see cref="FirstRow"/>; a blank row between data rows keeps its place as an empty item so that every item's row
/// number stays right), the blank rows among them, and the problems found while reading (by row, 1-based).
/// </summary>
public sealed class PostingFile
{
    public List<PostingInput> Items { get; } = [];

    public int FirstRow { get; set; } = 2;

    public HashSet<int> BlankRows { get; } = [];

    public List<ApiFieldError> Errors { get; } = [];

    /// <summary>False when the file could not be read at all or its header is wrong: there is nothing to validate row by row.</summary>
    public bool IsReadable { get; set; } = true;

    public int DataRows => Items.Count - BlankRows.Count;
}
