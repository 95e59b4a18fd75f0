using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.AnnualReports;

/// <summary>
/// One figure a saved report would change: where it is, what is stored now ("空" when blank), what the report says, and
/// whether it replaces something stored (a cell of a 第二十条 table already entered, blank included; an indicator; the
/// tables of an earlier save) rather than filling in what was never there.
/// </summary>
public sealed record ParsedReportDifference(string Where, string Stored, string Parsed, bool Overwrites);

/// <summary>What saving a parsed report would do to a unit's year: every difference.</summary>
public sealed record ParsedReportComparison(IReadOnlyList<ParsedReportDifference> Differences)
{
    /// <summary>Saving would overwrite figures already stored, so the person must confirm it first.</summary>
    public bool NeedsConfirmation => Differences.Any(d => d.Overwrites);
}

public enum ParsedReportSaveOutcome
{
    Saved,
    Unchanged,
    NeedsConfirmation,
    Refused,
}

/// <summary>
/// Saves a published report read by the parser as its year's data for a unit (admins only, checked here): its 第二十条
/// figures (blank stays blank), the named indicators its narrative quotes, and its tables 三/四 as
/// <see cref="ReportedRequestTables"/> — next year's 上一年 and 上年结转. A year that already holds figures is only
/// overwritten when the caller confirms after seeing the differences; saving the same report again writes nothing.
/// </summary>
public sealed class ParsedReportCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CommandPolicy policy,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    private const string Blank = "空";

    /// <summary>The named indicators a report's text quotes, by <see cref="YearlyIndicatorKeys"/> key.</summary>
    public static IReadOnlyDictionary<string, decimal> IndicatorsQuoted(string? reportText)
    {
        var quoted = NarrativeFigures.Extract(reportText);
        return AnnualReportNarrative.IndicatorFigures.Where(f => quoted.ContainsKey(f.Figure)).ToDictionary(f => f.Key, f => quoted[f.Figure]);
    }

    public async Task<ParsedReportComparison> CompareAsync(UnitScope scope, int orgUnitId, AnnualReportData report, IReadOnlyDictionary<string, decimal> indicators,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(indicators);
        scope.EnsureCovers(orgUnitId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await StoredAsync(db, report.Year, orgUnitId, cancellationToken);
        return Compare(stored, report, indicators);
    }

    public async Task<(CommandResult Result, ParsedReportSaveOutcome Outcome, ParsedReportComparison? Comparison)> SaveAsync(ClaimsPrincipal user, UnitScope scope, int orgUnitId,
        AnnualReportData report, IReadOnlyDictionary<string, decimal> indicators, bool overwrite, CancellationToken cancellationToken,
        ParsedReportComparison? confirmed = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(indicators);
        if (await policy.RefusalAsync(user, Policies.Admin, l["Reports.Import.Forbidden"]) is { } refused)
        {
            return (refused, ParsedReportSaveOutcome.Refused, null);
        }

        scope.EnsureCovers(orgUnitId);
        var errors = Validate(report, indicators);
        if (errors.Count > 0)
        {
            return (new CommandResult(errors), ParsedReportSaveOutcome.Refused, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await StoredAsync(db, report.Year, orgUnitId, cancellationToken);
        var comparison = Compare(stored, report, indicators);
        if (comparison.Differences.Count == 0)
        {
            return (CommandResult.Success, ParsedReportSaveOutcome.Unchanged, comparison);
        }

        // An overwrite confirms the differences the person was shown; if the stored year changed since, they see the new list.
        if (comparison.NeedsConfirmation && (!overwrite || (confirmed is not null && !confirmed.Differences.SequenceEqual(comparison.Differences))))
        {
            return (CommandResult.Success, ParsedReportSaveOutcome.NeedsConfirmation, comparison);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.Identity?.Name ?? "?";
        foreach (var entry in report.Article20)
        {
            for (var column = 0; column < entry.Values.Count; column++)
            {
                var row = stored.Cells.FirstOrDefault(c => c.Section == entry.Section && c.Item == entry.Item && c.Column == column);
                var value = entry.Values[column];
                if (value is null)
                {
                    if (row is not null)
                    {
                        db.Article20Values.Remove(row);
                    }

                    continue;
                }

                if (row is null)
                {
                    row = new Article20Value { Year = report.Year, OrgUnitId = orgUnitId, Section = entry.Section, Item = entry.Item, Column = column };
                    db.Article20Values.Add(row);
                }

                if (row.Value != value || row.Unit != entry.Unit || row.Id == 0)
                {
                    row.Value = value;
                    row.Unit = entry.Unit;
                    row.UpdatedAtUtc = now;
                    row.UpdatedBy = actor;
                }
            }
        }

        foreach (var (key, value) in indicators)
        {
            var row = stored.Indicators.FirstOrDefault(i => i.Key == key);
            if (row is null)
            {
                row = new YearlyIndicator { Year = report.Year, OrgUnitId = orgUnitId, Key = key };
                db.YearlyIndicators.Add(row);
            }

            if (row.Value != value || row.Id == 0)
            {
                row.Value = value;
                row.UpdatedAtUtc = now;
                row.UpdatedBy = actor;
            }
        }

        var tables = ReportedRequestTables.From(report, orgUnitId);
        if (stored.Tables is null)
        {
            tables.SavedAtUtc = now;
            tables.SavedBy = actor;
            db.ReportedRequestTables.Add(tables);
        }
        else if (stored.Tables.RequestsJson != tables.RequestsJson || stored.Tables.ReviewsJson != tables.ReviewsJson || stored.Tables.Organization != tables.Organization)
        {
            stored.Tables.RequestsJson = tables.RequestsJson;
            stored.Tables.ReviewsJson = tables.ReviewsJson;
            stored.Tables.Organization = tables.Organization;
            stored.Tables.SavedAtUtc = now;
            stored.Tables.SavedBy = actor;
        }

        audit.Add(db, actor, "report.import", nameof(ReportedRequestTables), null, string.Create(CultureInfo.InvariantCulture,
            $"year={report.Year}; unit={orgUnitId}; changes={comparison.Differences.Count}; overwrite={comparison.NeedsConfirmation}"));
        await db.SaveChangesAsync(cancellationToken);
        return (CommandResult.Success, ParsedReportSaveOutcome.Saved, comparison);
    }

    private List<FieldError> Validate(AnnualReportData report, IReadOnlyDictionary<string, decimal> indicators)
    {
        var errors = new List<FieldError>();
        var form = RequestReportForms.FormFor(report.Year);
        if (report.Form != form)
        {
            errors.Add(new FieldError("form", l["Reports.Import.WrongForm", report.Year, ReportFormJsonConverter.Name(report.Form), ReportFormJsonConverter.Name(form)]));
            return errors;
        }

        foreach (var entry in report.Article20)
        {
            if (Article20Forms.Row(form, entry.Item) is not { } row || row.Section != entry.Section || !row.Columns.SequenceEqual(entry.Columns))
            {
                errors.Add(new FieldError(entry.Item, l["Reports.Import.UnknownCell", entry.Section, entry.Item, report.Year]));
                continue;
            }

            for (var column = 0; column < entry.Values.Count; column++)
            {
                if (entry.Values[column] is { } v && (Math.Abs(v) > 10_000_000_000m || (v < 0 && row.Columns[column] != Article20Forms.ChangeThisYear)))
                {
                    errors.Add(new FieldError(ReportFigureCommands.Key(entry.Section, entry.Item, column), l["Reports.Import.BadValue", entry.Item, row.Columns[column], v]));
                }
            }
        }

        foreach (var (key, value) in indicators.Where(i => !YearlyIndicatorKeys.All.Contains(i.Key) || i.Value is < 0 or > 10_000_000_000m))
        {
            var name = YearlyIndicatorKeys.All.Contains(key) ? l["Indicator." + key].Value : key;
            errors.Add(new FieldError(key, l["Reports.Error.Value", name]));
        }

        return errors;
    }

    private sealed record StoredYear(List<Article20Value> Cells, List<YearlyIndicator> Indicators, ReportedRequestTables? Tables);

    private static async Task<StoredYear> StoredAsync(DashboardDbContext db, int year, int orgUnitId, CancellationToken cancellationToken) => new(
        await db.Article20Values.Where(v => v.Year == year && v.OrgUnitId == orgUnitId).ToListAsync(cancellationToken),
        await db.YearlyIndicators.Where(i => i.Year == year && i.OrgUnitId == orgUnitId).ToListAsync(cancellationToken),
        await db.ReportedRequestTables.FirstOrDefaultAsync(t => t.Year == year && t.OrgUnitId == orgUnitId, cancellationToken));

    private ParsedReportComparison Compare(StoredYear stored, AnnualReportData report, IReadOnlyDictionary<string, decimal> indicators)
    {
        var differences = new List<ParsedReportDifference>();
        static string Show(decimal? value, string? unit) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + unit : Blank;
        foreach (var entry in report.Article20)
        {
            for (var column = 0; column < entry.Values.Count; column++)
            {
                var cell = stored.Cells.FirstOrDefault(c => c.Section == entry.Section && c.Item == entry.Item && c.Column == column);
                if (cell?.Value != entry.Values[column] || (entry.Values[column] is not null && cell?.Unit != entry.Unit))
                {
                    differences.Add(new ParsedReportDifference($"{entry.Section} {entry.Item} · {entry.Columns[column]}", Show(cell?.Value, cell?.Unit), Show(entry.Values[column], entry.Unit), stored.Cells.Count > 0));
                }
            }
        }

        foreach (var (key, value) in indicators)
        {
            var row = stored.Indicators.FirstOrDefault(i => i.Key == key);
            if (row?.Value != value)
            {
                differences.Add(new ParsedReportDifference(l["Indicator." + key], Show(row?.Value, null), Show(value, null), row is not null));
            }
        }

        var storedRows = stored.Tables?.Requests().Rows ?? [];
        foreach (var row in report.Requests.Rows)
        {
            var before = storedRows.FirstOrDefault(r => r.Path.SequenceEqual(row.Path));
            for (var column = 0; column < row.Values.Count; column++)
            {
                var old = before is null ? null : before.Values[column];
                if (stored.Tables is not null ? before is null || old != row.Values[column] : row.Values[column] is not null)
                {
                    differences.Add(new ParsedReportDifference($"表三 {row.Path[^1]} · {report.Requests.Columns[column]}", Show(old, null), Show(row.Values[column], null), stored.Tables is not null));
                }
            }
        }

        var storedReviews = stored.Tables?.Reviews().Values;
        for (var i = 0; i < report.ReviewsAndLitigation.Values.Count; i++)
        {
            var old = storedReviews is not null && i < storedReviews.Count ? storedReviews[i] : null;
            if (stored.Tables is not null ? old != report.ReviewsAndLitigation.Values[i] : report.ReviewsAndLitigation.Values[i] is not null)
            {
                differences.Add(new ParsedReportDifference($"表四 {report.ReviewsAndLitigation.Columns[i]}", Show(old, null), Show(report.ReviewsAndLitigation.Values[i], null), stored.Tables is not null));
            }
        }

        // A report with every cell of 三/四 blank still records that it was saved: a first save always writes the tables.
        if (stored.Tables is null && differences.Count == 0)
        {
            differences.Add(new ParsedReportDifference("表三/表四", Blank, Blank, false));
        }

        return new ParsedReportComparison(differences);
    }
}
