using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Trainings;

/// <summary>
/// The training register as a spreadsheet: the import template (Chinese headers), reading an .xlsx into the same
/// batch <see cref="TrainingCommands.AddAsync"/> takes (all rows or none, errors named by spreadsheet row, the header
/// being row 1), and the export of a year's sessions within the caller's scope.
/// </summary>
public sealed class TrainingSpreadsheet(TrainingCommands commands, TrainingQueries queries, IStringLocalizer<SharedResource> l)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>More rows than a county holds sessions in ten years: a file this big is a mistake.</summary>
    public const int MaxRows = 5_000;

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyy.M.d", "yyyyMMdd"];

    private (string Field, string Header, string English)[] Columns =>
    [
        ("heldOn", l["Trainings.HeldOn"], "heldOn"),
        ("kind", l["Trainings.Kind"], "kind"),
        ("title", l["Trainings.Name"], "title"),
        ("organiser", l["Trainings.Organiser"], "organiser"),
        ("attendees", l["Trainings.Attendees"], "attendees"),
        ("hours", l["Trainings.Hours"], "hours"),
        ("notes", l["Trainings.Notes"], "notes"),
    ];

    public async Task WriteTemplateAsync(Stream output, CancellationToken cancellationToken)
    {
        var example = Columns.ToDictionary(c => c.Header, c => (object?)(c.Field switch
        {
            "heldOn" => "2019-06-18",
            "kind" => l["TrainingKind.Training"].Value,
            "title" => l["Trainings.Template.ExampleTitle"].Value,
            "organiser" => l["Trainings.Template.ExampleOrganiser"].Value,
            "attendees" => 80,
            "hours" => 3,
            _ => l["Trainings.Template.ExampleNotes"].Value,
        }));
        await output.SaveAsAsync(new[] { example }, cancellationToken: cancellationToken);
    }

    public async Task WriteExportAsync(Stream output, UnitScope scope, int year, CancellationToken cancellationToken)
    {
        var items = await queries.ListAsync(scope, year, cancellationToken);
        var rows = items.Select(i => new Dictionary<string, object?>
        {
            [l["Trainings.HeldOn"]] = i.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Trainings.Kind"]] = l["TrainingKind." + i.Kind].Value,
            [l["Trainings.Name"]] = i.Title,
            [l["Trainings.Organiser"]] = i.Organiser,
            [l["Trainings.Attendees"]] = i.Attendees,
            [l["Trainings.Hours"]] = i.Hours,
            [l["Trainings.Notes"]] = i.Notes,
        }).ToList();
        if (rows.Count == 0)
        {
            // An empty year still gets its headers, so the file reads as the register it is.
            rows.Add(Columns.ToDictionary(c => c.Header, _ => (object?)null));
        }

        await output.SaveAsAsync(rows, cancellationToken: cancellationToken);
    }

    /// <summary>Reads and records a file in one go: nothing is written unless every row is good.</summary>
    public async Task<TrainingImportResult> ImportAsync(Stream content, UnitScope scope, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<TrainingRowError>();
        var items = new List<TrainingInput>();
        var rowNumbers = new List<int>();
        try
        {
            var rowNumber = 1;
            Dictionary<string, string>? headerMap = null;
            foreach (IDictionary<string, object?> row in content.Query(useHeaderRow: true))
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowNumber++;
                headerMap ??= MapHeaders(row.Keys, errors);
                if (row.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }

                if (items.Count >= MaxRows)
                {
                    errors.Add(new TrainingRowError(rowNumber, "file", l["Import.Error.TooManyRows", MaxRows]));
                    break;
                }

                items.Add(ReadRow(row, headerMap, rowNumber, errors));
                rowNumbers.Add(rowNumber);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new TrainingImportResult(0, 0, [new TrainingRowError(null, "file", l["Trainings.Import.Unreadable"])]);
        }

        if (errors.Count == 0 && items.Count == 0)
        {
            errors.Add(new TrainingRowError(null, "file", l["Trainings.Error.Empty"]));
        }

        if (items.Count > 0)
        {
            // The command's own rules over every row as read, so one upload lists every problem; a cell the reader
            // could not read is reported once, by the reader.
            var read = errors.Select(e => (e.Row, e.Field)).ToHashSet();
            errors.AddRange((await commands.CheckAsync(scope, items, cancellationToken))
                .Select(e => new TrainingRowError(rowNumbers[e.Index], e.Field, e.Message))
                .Where(e => !read.Contains((e.Row, e.Field))));
        }

        if (errors.Count > 0)
        {
            return new TrainingImportResult(0, 0, [.. errors.OrderBy(e => e.Row ?? 0)]);
        }

        var result = await commands.AddAsync(scope, actor, items, cancellationToken);
        return new TrainingImportResult(result.Added, result.Duplicates,
            [.. result.Errors.Select(e => new TrainingRowError(rowNumbers[e.Index], e.Field, e.Message))]);
    }

    private Dictionary<string, string> MapHeaders(ICollection<string> headers, List<TrainingRowError> errors)
    {
        var map = new Dictionary<string, string>();
        foreach (var (field, header, english) in Columns)
        {
            var found = headers.FirstOrDefault(h => string.Equals(h?.Trim(), header, StringComparison.Ordinal))
                ?? headers.FirstOrDefault(h => string.Equals(h?.Trim(), english, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                map[field] = found;
            }
            else if (field is "heldOn" or "kind" or "title" or "organiser" or "attendees")
            {
                errors.Add(new TrainingRowError(1, field, l["Trainings.Import.MissingColumn", header]));
            }
        }

        return map;
    }

    private TrainingInput ReadRow(IDictionary<string, object?> row, Dictionary<string, string> headers, int rowNumber, List<TrainingRowError> errors)
    {
        object? Cell(string field) => headers.TryGetValue(field, out var header) && row.TryGetValue(header, out var value) ? value : null;
        string? Text(string field) => Cell(field) switch
        {
            null => null,
            string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };

        var input = new TrainingInput { Title = Text("title"), Organiser = Text("organiser"), Notes = Text("notes") };
        switch (Cell("heldOn"))
        {
            case DateTime dateTime:
                input.HeldOn = DateOnly.FromDateTime(dateTime);
                break;
            case double serial when serial is > 1 and < 2_958_466:
                input.HeldOn = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                break;
            default:
                var text = Text("heldOn");
                if (text is not null && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    input.HeldOn = day;
                }
                else if (text is not null)
                {
                    errors.Add(new TrainingRowError(rowNumber, "heldOn", l["Trainings.Error.HeldOn"]));
                }

                break;
        }

        // An unknown kind or a fractional 人次 becomes a value the command's own rules refuse, with their message.
        input.Kind = KindOf(Text("kind"));
        input.Attendees = Number(Text("attendees"), "attendees", rowNumber, errors) is { } attendees ? (attendees == Math.Floor(attendees) && attendees <= int.MaxValue ? (int)attendees : -1) : null;
        input.Hours = Number(Text("hours"), "hours", rowNumber, errors) is { } hours ? (decimal)hours : null;
        return input;
    }

    private TrainingKind? KindOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var kind in Enum.GetValues<TrainingKind>())
        {
            if (l["TrainingKind." + kind].Value == text || string.Equals(kind.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return (TrainingKind)(-1);
    }

    private double? Number(string? text, string field, int rowNumber, List<TrainingRowError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add(new TrainingRowError(rowNumber, field, l[field == "hours" ? "Trainings.Error.Hours" : "Trainings.Error.Attendees"]));
        return null;
    }
}

/// <summary>A problem with an imported file: its spreadsheet row (null for the file as a whole), the field, a localised message.</summary>
public sealed record TrainingRowError(int? Row, string Field, string Message);

public sealed record TrainingImportResult(int Added, int Duplicates, IReadOnlyList<TrainingRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
