using System.Data;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>
/// The import template: an .xlsx whose first sheet has the template's headers and nothing else, then sheets with
/// instructions and the valid channel, column and unit names (the units the caller may import for); or a .csv with
/// the header row (UTF-8 with a byte order mark, so that Excel shows the Chinese).
/// </summary>
public sealed class PostingImportTemplate(IDbContextFactory<DashboardDbContext> dbFactory, OrgUnitDirectory units, IStringLocalizer<SharedResource> l)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv";

    private static readonly Dictionary<string, double> Widths = new()
    {
        ["channel"] = 26, ["column"] = 16, ["orgUnit"] = 28, ["title"] = 50, ["url"] = 44, ["publishedAt"] = 20, ["externalId"] = 18,
    };

    public string FileName(PostingFileFormat format) => l["Import.Template.FileName"] + (format == PostingFileFormat.Xlsx ? ".xlsx" : ".csv");

    public static string ContentType(PostingFileFormat format) => format == PostingFileFormat.Xlsx ? XlsxContentType : CsvContentType;

    public async Task WriteAsync(Stream output, PostingFileFormat format, UnitScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scope);
        if (format == PostingFileFormat.Csv)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            await writer.WriteAsync(string.Join(",", PostingFileColumns.All.Select(c => c.TemplateHeader)) + "\r\n");
            return;
        }

        var data = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var column in PostingFileColumns.All)
        {
            data.Columns.Add(column.TemplateHeader, typeof(string));
        }

        var sheets = new Dictionary<string, object>
        {
            [l["Import.Template.DataSheet"]] = data,
            [l["Import.Template.HelpSheet"]] = Help(),
            [l["Import.Template.ChannelSheet"]] = await ChannelsAsync(cancellationToken),
            [l["Import.Template.UnitSheet"]] = await UnitsAsync(scope, cancellationToken),
        };
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = false,
            DynamicColumns = [.. PostingFileColumns.All.Select(c => new DynamicExcelColumn(c.TemplateHeader) { Width = Widths[c.Field] })
                .Concat(HelpColumns().Select(h => new DynamicExcelColumn(h.Header) { Width = h.Width }))],
        };
        await output.SaveAsAsync(sheets, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
    }

    private List<Dictionary<string, object?>> Help() =>
    [
        .. PostingFileColumns.All.Select(c => new Dictionary<string, object?>
        {
            [l["Import.Template.HelpColumn"]] = c.TemplateHeader,
            [l["Import.Template.HelpEnglish"]] = c.Field,
            [l["Import.Template.HelpRequired"]] = c.Required ? l["Import.Template.Yes"].Value : l["Import.Template.No"].Value,
            [l["Import.Template.HelpText"]] = l[$"Import.Template.Help.{c.Field}"].Value,
        }),
        new Dictionary<string, object?>
        {
            [l["Import.Template.HelpColumn"]] = null,
            [l["Import.Template.HelpEnglish"]] = null,
            [l["Import.Template.HelpRequired"]] = null,
            [l["Import.Template.HelpText"]] = l["Import.Template.Help.Rules"].Value,
        },
    ];

    private IEnumerable<(string Header, double Width)> HelpColumns() =>
    [
        (l["Import.Template.HelpColumn"], 14), (l["Import.Template.HelpEnglish"], 14), (l["Import.Template.HelpRequired"], 8),
        (l["Import.Template.HelpText"], 100), (l["Import.Template.ChannelName"], 30), (l["Import.Template.ColumnName"], 20),
        (l["Import.Template.LaunchedOn"], 14), (l["Import.Template.RetiredOn"], 14), (l["Import.Template.UnitName"], 36),
    ];

    private async Task<List<Dictionary<string, object?>>> ChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Name, c.LaunchedOn, c.RetiredOn, Columns = c.Columns.OrderBy(col => col.Name).Select(col => col.Name).ToList() })
            .ToListAsync(cancellationToken);
        return [.. channels.SelectMany(c => (c.Columns.Count == 0 ? [(string?)null] : c.Columns.Select(name => (string?)name)).Select(column => new Dictionary<string, object?>
        {
            [l["Import.Template.ChannelName"]] = c.Name,
            [l["Import.Template.ColumnName"]] = column,
            [l["Import.Template.LaunchedOn"]] = c.LaunchedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Import.Template.RetiredOn"]] = c.RetiredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }))];
    }

    private async Task<List<Dictionary<string, object?>>> UnitsAsync(UnitScope scope, CancellationToken cancellationToken)
    {
        var tree = await units.GetAsync(cancellationToken);
        return [.. tree.Nodes.Where(n => scope.Covers(n.Id)).Select(n => new Dictionary<string, object?> { [l["Import.Template.UnitName"]] = n.Name })];
    }
}
