using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>
/// 自查情况表 — the monitoring page as of a day, laid out like an inspection 通报: a title, the websites with each column's
/// last update, days silent, limit and finding, the new-media accounts, and the veto counts with the verdict. MiniExcel
/// writes the rows like every other export; a short Open XML pass then merges the title and section rows and sets the
/// title's font, which MiniExcel cannot.
/// </summary>
public sealed class SelfInspectionSheet(IStringLocalizer<SharedResource> l)
{
    private static readonly string[] Cols = ["A", "B", "C", "D", "E", "F", "G"];

    public async Task WriteAsync(Stream output, string title, DateOnly asOf, IReadOnlyList<ChannelHealth> channels, HealthThresholds thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(thresholds);
        var rows = new List<Dictionary<string, object?>>();
        var merged = new List<int>();
        void Line(params object?[] cells) => rows.Add(Cols.Select((c, i) => (c, i < cells.Length ? cells[i] : null)).ToDictionary(x => x.c, x => x.Item2));
        void Wide(string text)
        {
            Line(text);
            merged.Add(rows.Count);
        }

        Wide(title);
        Wide(l["Monitoring.SheetBasis", Date(asOf), thresholds.NewsDays, thresholds.NoticesDays, thresholds.NewMediaDays].Value);
        Line();

        var sites = channels.Where(c => c.Channel.Kind is ChannelKind.Portal or ChannelKind.GovServiceSite).ToList();
        var accounts = channels.Except(sites).ToList();
        Wide(l["Monitoring.SheetSites"].Value);
        Line(l["Monitoring.SheetSite"].Value, l["Monitoring.Columns"].Value, l["Monitoring.SheetUpdateClass"].Value, l["Monitoring.SheetLastUpdate"].Value,
            l["Monitoring.DaysSilent"].Value, l["Monitoring.SheetLimit"].Value, l["Monitoring.SheetFinding"].Value);
        foreach (var site in sites)
        {
            Line(site.Channel.Name, l["Monitoring.SheetHomePage"].Value, "—", Date(site.Channel.LastPostedOn), site.DaysSilent, site.Limit, Status(site.Status));
            foreach (var column in site.Columns)
            {
                Line("", column.Column.Name, l["UpdateClass." + column.Column.UpdateClass].Value, Date(column.Column.LastPostedOn), column.DaysSilent,
                    column.Limit?.ToString(CultureInfo.InvariantCulture) ?? "—", Status(column.Status));
            }

            var availability = site.Channel.Availability is { } a
                ? l[!thresholds.JudgesAvailability(a) ? "Monitoring.SheetAvailabilityFew" : "Monitoring.SheetAvailability",
                    a.FailurePercent.ToString("0.#", CultureInfo.InvariantCulture), a.Probes, thresholds.ProbeFailPercent].Value
                : l["Monitoring.SheetNoProbe"].Value;
            Line(site.Channel.Name, l["Monitoring.SheetVetoCheck"].Value,
                l["Monitoring.SheetVetoCounts", site.SilentNewsOrNotices, thresholds.VetoSilentColumns, site.SilentColumns, thresholds.VetoStaleColumns,
                    site.EmptyColumns, thresholds.VetoEmptyColumns].Value + "；" + availability,
                "", "", "", Verdict(site));
        }

        Line();
        Wide(l["Monitoring.SheetAccounts"].Value);
        Line(l["Monitoring.SheetAccount"].Value, l["Monitoring.SheetPlatform"].Value, l["Monitoring.SheetLastPost"].Value, l["Monitoring.DaysSilent"].Value,
            l["Monitoring.SheetLimit"].Value, l["Monitoring.Availability"].Value, l["Monitoring.SheetFinding"].Value);
        foreach (var account in accounts)
        {
            Line(account.Channel.Name, l["ChannelKind." + account.Channel.Kind].Value, Date(account.Channel.LastPostedOn), account.DaysSilent, account.Limit,
                account.Channel.Availability is { Probes: > 0 } a ? a.FailurePercent.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—", Verdict(account));
        }

        Line();
        Wide(l["Monitoring.SheetSummary"].Value);
        Wide(l["Monitoring.SheetSummarySites", sites.Count, sites.Count(s => s.Verdict == SiteVerdict.Pass), sites.Count(s => s.Verdict == SiteVerdict.AtRisk),
            sites.Count(s => s.Verdict == SiteVerdict.Fail)].Value);
        Wide(l["Monitoring.SheetSummaryAccounts", accounts.Count, accounts.Count(s => s.Verdict == SiteVerdict.Pass), accounts.Count(s => s.Verdict == SiteVerdict.AtRisk),
            accounts.Count(s => s.Verdict == SiteVerdict.Fail)].Value);
        var overall = channels.Count == 0 ? SiteVerdict.Pass : channels.Max(c => c.Verdict);
        Wide(l["Monitoring.SheetOverall", l["SiteVerdict." + overall].Value].Value);

        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = false,
            FreezeRowCount = 0,
            TableStyles = MiniExcelLibs.OpenXml.TableStyles.None,
            DynamicColumns = [new("A") { Width = 28 }, new("B") { Width = 24 }, new("C") { Width = 24 }, new("D") { Width = 14 }, new("E") { Width = 12 }, new("F") { Width = 12 }, new("G") { Width = 36 }],
        };
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows, printHeader: false, sheetName: l["Monitoring.SheetName"].Value, configuration: configuration, cancellationToken: cancellationToken);
        Decorate(buffer, merged);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>Merges the title and section rows across the table, gives the title a large bold centred font, and drops MiniExcel's misplaced empty drawing.</summary>
    private static void Decorate(MemoryStream buffer, List<int> mergedRows)
    {
        using var document = SpreadsheetDocument.Open(buffer, true);
        var workbook = document.WorkbookPart!;
        var sheetPart = workbook.WorksheetParts.First();
        var worksheet = sheetPart.Worksheet;

        // MiniExcel writes an empty drawing reference inside sheetData, which the schema forbids (Excel repairs it, others refuse).
        foreach (var drawing in worksheet.Descendants().Where(e => e.LocalName == "drawing").ToList())
        {
            drawing.Remove();
        }

        foreach (var drawings in sheetPart.GetPartsOfType<DrawingsPart>().ToList())
        {
            sheetPart.DeletePart(drawings);
        }

        var merges = new MergeCells(mergedRows.Select(r => new MergeCell { Reference = string.Create(CultureInfo.InvariantCulture, $"A{r}:G{r}") }));
        worksheet.InsertAfter(merges, (OpenXmlElement?)worksheet.Elements<AutoFilter>().LastOrDefault() ?? worksheet.Elements<SheetData>().First());

        var stylesheet = (workbook.WorkbookStylesPart ?? workbook.AddNewPart<WorkbookStylesPart>()).Stylesheet ??= new Stylesheet();
        stylesheet.Fonts ??= new Fonts(new Font());
        stylesheet.Fonts.Append(new Font(new Bold(), new FontSize { Val = 16 }));
        stylesheet.Fonts.Count = (uint)stylesheet.Fonts.ChildElements.Count;
        stylesheet.CellFormats ??= new CellFormats(new CellFormat());
        stylesheet.CellFormats.Append(new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center })
        {
            FontId = stylesheet.Fonts.Count - 1, ApplyFont = true, ApplyAlignment = true,
        });
        stylesheet.CellFormats.Count = (uint)stylesheet.CellFormats.ChildElements.Count;
        var titleCell = worksheet.Descendants<Cell>().First(c => c.CellReference?.Value == "A1");
        titleCell.StyleIndex = stylesheet.CellFormats.Count - 1;
        var titleRow = worksheet.Descendants<Row>().First(r => r.RowIndex?.Value == 1);
        titleRow.Height = 30;
        titleRow.CustomHeight = true;
        worksheet.Save();
        stylesheet.Save();
    }

    private string Status(HealthStatus status) => l["Monitoring.SheetStatus." + status].Value;

    private string Verdict(ChannelHealth channel) =>
        l["SiteVerdict." + channel.Verdict].Value
        + (channel.Reasons.Count == 0 ? "" : "（" + string.Join("；", channel.Reasons.Select(Reason)) + "）");

    private string Reason(string code)
    {
        var parts = code.Split(':');
        return parts.Length == 2 ? l["Monitoring.Reason." + parts[0], parts[1]] : l["Monitoring.Reason." + code];
    }

    private string Date(DateOnly? day) => day is { } d ? l["Monitoring.SheetDate", d.Year, d.Month, d.Day].Value : "—";
}
