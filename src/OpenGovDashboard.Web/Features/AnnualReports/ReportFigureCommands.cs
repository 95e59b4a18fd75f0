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
/// A unit's 第二十条 table and named indicators for a year, as the entry form shows them, with last year's values of the
/// same figures by field key (<see cref="Previous"/>, <see cref="PreviousIndicators"/>): a key is there when last year has
/// figures and its form has that one; its value is null when last year left it blank.
/// </summary>
public sealed record ReportFigures(int Year, ReportForm Form, IReadOnlyList<Article20Entry> Article20, IReadOnlyDictionary<string, decimal?> Indicators,
    IReadOnlyDictionary<string, decimal?> Suggested, IReadOnlyDictionary<string, decimal?> Previous, IReadOnlyDictionary<string, decimal?> PreviousIndicators);

/// <summary>
/// Reads and saves a unit's 第二十条 figures and named yearly indicators (entry: admins, and editors for their own unit).
/// A blank field is stored as no value — blank, not 0. For the 2019 form it suggests this year's 上一年项目数量 from last
/// year's 上一年项目数量 + 本年增/减 (docs/domain.md §1.7, rule 5). One audit entry per save.
/// </summary>
public sealed class ReportFigureCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CommandPolicy policy,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<ReportFigures> LoadAsync(UnitScope scope, int year, int orgUnitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureCovers(orgUnitId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cells = await db.Article20Values.AsNoTracking().Where(v => (v.Year == year || v.Year == year - 1) && v.OrgUnitId == orgUnitId).ToListAsync(cancellationToken);
        var form = RequestReportForms.FormFor(year);
        decimal? Cell(int y, string section, string item, int column) =>
            cells.FirstOrDefault(c => c.Year == y && c.Section == section && c.Item == item && c.Column == column)?.Value;
        var entries = Article20Forms.Rows(form)
            .Select(row => new Article20Entry(row.Section, row.Item, row.Columns, [.. Enumerable.Range(0, row.Columns.Count).Select(c => Cell(year, row.Section, row.Item, c))], null))
            .ToList();
        var suggested = new Dictionary<string, decimal?>();
        if (form == ReportForm.Form2019 && RequestReportForms.FormFor(year - 1) == ReportForm.Form2019)
        {
            foreach (var row in Article20Forms.Rows(form).Where(r => r.Columns.Count >= 2 && r.Columns[0] == Article20Forms.PreviousYearCount))
            {
                if (Cell(year - 1, row.Section, row.Item, 0) is { } before && Cell(year - 1, row.Section, row.Item, 1) is { } change)
                {
                    suggested[Key(row.Section, row.Item, 0)] = before + change;
                }
            }
        }

        var previous = new Dictionary<string, decimal?>();
        if (cells.Any(c => c.Year == year - 1))
        {
            var previousForm = RequestReportForms.FormFor(year - 1);
            foreach (var row in Article20Forms.Rows(form))
            {
                for (var column = 0; column < row.Columns.Count; column++)
                {
                    if (Article20Forms.PreviousYearCell(form, row.Item, column, previousForm) is { } cell && Article20Forms.Row(previousForm, cell.Item) is { } before)
                    {
                        previous[Key(row.Section, row.Item, column)] = Cell(year - 1, before.Section, before.Item, cell.Column);
                    }
                }
            }
        }

        var indicators = await db.YearlyIndicators.AsNoTracking().Where(i => (i.Year == year || i.Year == year - 1) && i.OrgUnitId == orgUnitId).ToListAsync(cancellationToken);
        return new ReportFigures(year, form, entries,
            YearlyIndicatorKeys.All.ToDictionary(k => k, k => indicators.FirstOrDefault(i => i.Year == year && i.Key == k)?.Value), suggested, previous,
            indicators.Where(i => i.Year == year - 1).ToDictionary(i => i.Key, i => i.Value));
    }

    public async Task<CommandResult> SaveAsync(ClaimsPrincipal user, UnitScope scope, int year, int orgUnitId, IReadOnlyDictionary<string, decimal?> cells,
        IReadOnlyDictionary<string, decimal?> indicators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(indicators);
        if (await policy.RefusalAsync(user, Policies.DataEntry, l["Reports.Error.Forbidden"]) is { } refused)
        {
            return refused;
        }

        scope.EnsureCovers(orgUnitId);
        var form = RequestReportForms.FormFor(year);
        var errors = new List<FieldError>();
        var known = Article20Forms.Rows(form)
            .SelectMany(r => Enumerable.Range(0, r.Columns.Count).Select(c => (Key: Key(r.Section, r.Item, c), r.Section, r.Item, Column: c, Label: r.Columns[c])))
            .ToDictionary(k => k.Key);
        foreach (var (key, value) in cells)
        {
            if (!known.TryGetValue(key, out var cell))
            {
                errors.Add(new FieldError(key, l["Reports.Error.UnknownCell"]));
            }
            else if (value is { } v && (Math.Abs(v) > 10_000_000_000m || (v < 0 && cell.Label != Article20Forms.ChangeThisYear)))
            {
                // Only 本年增/减 (2019 form) may be negative.
                errors.Add(new FieldError(key, l["Reports.Error.Value", cell.Item]));
            }
        }

        foreach (var (key, value) in indicators)
        {
            if (!YearlyIndicatorKeys.All.Contains(key))
            {
                errors.Add(new FieldError(key, l["Reports.Error.UnknownCell"]));
            }
            else if (value is < 0 or > 10_000_000_000m)
            {
                errors.Add(new FieldError(key, l["Reports.Error.Value", l["Indicator." + key].Value]));
            }
        }

        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.Identity?.Name ?? "?";
        var stored = await db.Article20Values.Where(v => v.Year == year && v.OrgUnitId == orgUnitId).ToListAsync(cancellationToken);
        foreach (var (key, value) in cells)
        {
            var cell = known[key];
            var row = stored.FirstOrDefault(s => s.Section == cell.Section && s.Item == cell.Item && s.Column == cell.Column);
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
                row = new Article20Value { Year = year, OrgUnitId = orgUnitId, Section = cell.Section, Item = cell.Item, Column = cell.Column };
                db.Article20Values.Add(row);
            }

            row.Value = value;
            row.UpdatedAtUtc = now;
            row.UpdatedBy = actor;
        }

        var storedIndicators = await db.YearlyIndicators.Where(i => i.Year == year && i.OrgUnitId == orgUnitId).ToListAsync(cancellationToken);
        foreach (var (key, value) in indicators)
        {
            var row = storedIndicators.FirstOrDefault(i => i.Key == key);
            if (value is null)
            {
                if (row is not null)
                {
                    db.YearlyIndicators.Remove(row);
                }

                continue;
            }

            if (row is null)
            {
                row = new YearlyIndicator { Year = year, OrgUnitId = orgUnitId, Key = key };
                db.YearlyIndicators.Add(row);
            }

            row.Value = value;
            row.UpdatedAtUtc = now;
            row.UpdatedBy = actor;
        }

        audit.Add(db, actor, "report.figures", nameof(Article20Value), null, string.Create(CultureInfo.InvariantCulture,
            $"year={year}; unit={orgUnitId}; cells={cells.Count(c => c.Value is not null)}; indicators={indicators.Count(i => i.Value is not null)}"));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>The form field of one cell: section, item and column.</summary>
    public static string Key(string section, string item, int column) => string.Create(CultureInfo.InvariantCulture, $"{section}|{item}|{column}");
}
