using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CsvHelper;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>
/// Reads a posting import file (.xlsx with MiniExcel, .csv with CsvHelper) row by row into <see cref="PostingInput"/>s,
/// noting every cell it cannot read by its spreadsheet row (the header is row 1). It judges nothing else: the rules
/// are <see cref="PostingIngestion"/>'s. Rows are streamed, never the whole sheet held as a table.
/// </summary>
public sealed partial class PostingFileReader(IStringLocalizer<SharedResource> l, IOptions<PostingImportOptions> options, ILogger<PostingFileReader> logger)
{
    /// <summary>GB18030 (a superset of GBK and GB2312): what Excel on a Chinese Windows writes as "CSV".</summary>
    private const int Gb18030CodePage = 54936;

    /// <summary>How much of a CSV file is looked at to tell UTF-8 from GB18030.</summary>
    private const int EncodingSniffBytes = 64 * 1024;

    /// <summary>Wall-clock forms read as Asia/Shanghai time; one-digit months, days and hours are accepted by each.</summary>
    private static readonly string[] LocalFormats =
    [
        "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss",
        "yyyy-M-d'T'H:mm", "yyyy-M-d'T'H:mm:ss", "yyyy-M-d'T'H:mm:ss.FFFFFFF",
        "yyyy年M月d日 H:mm", "yyyy年M月d日 H:mm:ss", "yyyy年M月d日H:mm", "yyyy年M月d日H:mm:ss",
        "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日",
    ];

    public static PostingFileFormat? FormatOf(string fileName) =>
        Path.GetExtension(fileName ?? "").ToUpperInvariant() switch
        {
            ".XLSX" => PostingFileFormat.Xlsx,
            ".CSV" => PostingFileFormat.Csv,
            _ => null,
        };

    /// <summary>Reads a file from a seekable stream (an uploaded form file, a temporary file); the stream is left open.</summary>
    public PostingFile Read(Stream content, PostingFileFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = new PostingFile();
        try
        {
            Fill(file, format == PostingFileFormat.Xlsx ? XlsxRows(content) : CsvRows(content), cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // A damaged or mislabelled file fails deep inside the parser, in many ways; to the uploader it is one problem.
            logger.LogWarning(failure, "Could not read an uploaded {Format} posting file", format);
            file.Items.Clear();
            file.BlankRows.Clear();
            file.Errors.Clear();
            file.IsReadable = false;
            file.Errors.Add(new ApiFieldError(null, null, "file", l["Import.Error.Unreadable", format == PostingFileFormat.Xlsx ? ".xlsx" : ".csv"]));
        }

        return file;
    }

    private void Fill(PostingFile file, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var rowNumber = 0;
        int[]? fieldOfCell = null;
        var pendingBlankRows = new List<int>();
        foreach (var cells in rows)
        {
            rowNumber++;
            if (rowNumber % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (fieldOfCell is null)
            {
                // Blank rows above the header are allowed; the first row with text is the header.
                if (cells.All(c => Text(c) is null))
                {
                    continue;
                }

                fieldOfCell = ReadHeader(cells, rowNumber, file.Errors);
                if (fieldOfCell is null)
                {
                    file.IsReadable = false;
                    return;
                }

                file.FirstRow = rowNumber + 1;
                continue;
            }

            if (IsBlank(cells, fieldOfCell))
            {
                // Trailing blank rows (formatted but empty) are ignored; only a blank row followed by data is an error.
                pendingBlankRows.Add(rowNumber);
                continue;
            }

            foreach (var blank in pendingBlankRows)
            {
                file.Items.Add(new PostingInput());
                file.BlankRows.Add(blank);
                file.Errors.Add(new ApiFieldError(blank, null, "row", l["Import.Error.BlankRow"]));
            }

            pendingBlankRows.Clear();
            if (file.Items.Count >= options.Value.MaxRows)
            {
                // Stop reading: a batch lands whole, so every row is held until then, and there is a limit to that.
                file.IsReadable = false;
                file.Errors.Add(new ApiFieldError(rowNumber, null, "file", l["Import.Error.TooManyRows", options.Value.MaxRows]));
                return;
            }

            file.Items.Add(ReadRow(cells, fieldOfCell, rowNumber, file.Errors));
        }

        if (fieldOfCell is null)
        {
            file.IsReadable = false;
            file.Errors.Add(new ApiFieldError(1, null, "header", l["Import.Error.NoHeader", HeaderList()]));
        }
        else if (file.Items.Count == 0)
        {
            file.IsReadable = false;
            file.Errors.Add(new ApiFieldError(null, null, "file", l["Import.Error.NoRows"]));
        }
    }

    /// <summary>Maps each cell of the header row to a column of <see cref="PostingFileColumns.All"/> (-1: none), or null with the errors.</summary>
    private int[]? ReadHeader(object?[] cells, int rowNumber, List<ApiFieldError> errors)
    {
        var fieldOfCell = new int[cells.Length];
        var seen = new HashSet<int>();
        var before = errors.Count;
        for (var i = 0; i < cells.Length; i++)
        {
            fieldOfCell[i] = -1;
            if (Text(cells[i]) is not { } header)
            {
                continue;
            }

            var column = PostingFileColumns.Find(header);
            if (column is null)
            {
                errors.Add(new ApiFieldError(rowNumber, null, "header", l["Import.Error.UnknownHeader", header, ColumnLetter(i), HeaderList()]));
                continue;
            }

            var index = PostingFileColumns.OrderOf(column.Field);
            if (!seen.Add(index))
            {
                errors.Add(new ApiFieldError(rowNumber, null, column.Field, l["Import.Error.DuplicateHeader", header, ColumnLetter(i)]));
                continue;
            }

            fieldOfCell[i] = index;
        }

        foreach (var missing in PostingFileColumns.All.Where((c, i) => c.Required && !seen.Contains(i)))
        {
            errors.Add(new ApiFieldError(rowNumber, null, missing.Field, l["Import.Error.MissingHeader", missing.TemplateHeader, missing.Field]));
        }

        return errors.Count > before ? null : fieldOfCell;
    }

    private PostingInput ReadRow(object?[] cells, int[] fieldOfCell, int rowNumber, List<ApiFieldError> errors)
    {
        var input = new PostingInput();
        for (var i = 0; i < cells.Length && i < fieldOfCell.Length; i++)
        {
            if (fieldOfCell[i] < 0 || cells[i] is not { } value)
            {
                continue;
            }

            var field = PostingFileColumns.All[fieldOfCell[i]].Field;
            if (field == "publishedAt")
            {
                if (Text(value) is { } shown)
                {
                    input.PublishedAt = Instant(value);
                    if (input.PublishedAt is null)
                    {
                        errors.Add(new ApiFieldError(rowNumber, null, field, l["Import.Error.PublishedAt", shown]));
                    }
                }

                continue;
            }

            var text = Text(value);
            switch (field)
            {
                case "channel": input.Channel = text; break;
                case "column": input.Column = text; break;
                case "orgUnit": input.OrgUnit = text; break;
                case "title": input.Title = text; break;
                case "url": input.Url = text; break;
                case "externalId": input.ExternalId = text; break;
                default: break;
            }
        }

        return input;
    }

    private static bool IsBlank(object?[] cells, int[] fieldOfCell)
    {
        for (var i = 0; i < cells.Length && i < fieldOfCell.Length; i++)
        {
            if (fieldOfCell[i] >= 0 && Text(cells[i]) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A cell as text: trimmed, null when blank; numbers without a thousands separator or exponent where they fit.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => d.ToString("0", CultureInfo.InvariantCulture),
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
    };

    /// <summary>
    /// 发布时间: an Excel date cell (or its serial number), <c>yyyy-MM-dd HH:mm[:ss]</c>, <c>yyyy/M/d H:mm</c>, a date alone,
    /// or ISO 8601 with an offset. Without an offset the time is Asia/Shanghai's.
    /// </summary>
    internal static DateTimeOffset? Instant(object value)
    {
        switch (value)
        {
            case DateTime wallClock:
                return InShanghai(wallClock);
            case DateTimeOffset instant:
                return instant;
            case double serial when serial >= 1 && serial < 2958466:
                return InShanghai(DateTime.FromOADate(serial));
            case string text:
                text = text.Trim();
                if (ExplicitOffset().IsMatch(text))
                {
                    return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset) ? withOffset : null;
                }

                return DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
                    ? InShanghai(local)
                    : null;
            default:
                return null;
        }
    }

    private static DateTimeOffset InShanghai(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, ShanghaiTime.Zone.GetUtcOffset(unspecified));
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();

    private static IEnumerable<object?[]> XlsxRows(Stream content)
    {
        // useHeaderRow: false — the header is read here, so that duplicate or unknown headers are reported rather than
        // silently merged, and blank rows (which MiniExcel yields in place) keep every row's number.
        foreach (IDictionary<string, object?> row in content.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            var cells = new object?[row.Count];
            foreach (var (column, value) in row)
            {
                var index = ColumnIndex(column);
                if (index < cells.Length)
                {
                    cells[index] = value;
                }
            }

            yield return cells;
        }
    }

    private static IEnumerable<object?[]> CsvRows(Stream content)
    {
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            SkipEmptyLines = false,
            Encoding = IsUtf8(content) ? null : CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage),
        };
        using var reader = CsvReader.Create(content, options, leaveOpen: true);
        while (reader.Read())
        {
            var cells = new object?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            yield return cells;
        }
    }

    /// <summary>
    /// Whether the CSV is UTF-8 (or carries a byte order mark, which CsvHelper honours): its first 64 KB decode as
    /// UTF-8. Chinese text in GB18030 almost never does, and the header row alone is Chinese in a template file.
    /// </summary>
    private static bool IsUtf8(Stream content)
    {
        var start = content.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(EncodingSniffBytes);
        var chars = ArrayPool<char>.Shared.Rent(EncodingSniffBytes);
        try
        {
            var read = content.ReadAtLeast(buffer.AsSpan(0, EncodingSniffBytes), EncodingSniffBytes, throwOnEndOfStream: false);
            var bytes = buffer.AsSpan(0, read);
            if (bytes.StartsWith(Encoding.UTF8.Preamble) || bytes.StartsWith(Encoding.Unicode.Preamble) || bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
            {
                return true;
            }

            // Not the final block unless the file ended: a character cut at the 64 KB edge is not a decoding error.
            var status = Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: read < EncodingSniffBytes);
            return status != OperationStatus.InvalidData;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
            content.Position = start;
        }
    }

    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var letter in letters)
        {
            index = (index * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return index - 1;
    }

    private static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private string HeaderList() =>
        string.Join(l["Import.ListSeparator"], PostingFileColumns.All.Select(c => c.TemplateHeader))
        + " / " + string.Join(", ", PostingFileColumns.All.Select(c => c.Field));
}
