namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>The file kinds the posting import reads, told apart by the file name's extension.</summary>
public enum PostingFileFormat
{
    Xlsx,
    Csv,
}
