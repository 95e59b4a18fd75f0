using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>
/// Sets, removes, bulk-edits and copies targets. Only leaders and admins may (the roles table): every command asks the
/// <see cref="Policies.SetTargets"/> policy of the caller itself, so a page or endpoint that forgot to cannot let a
/// department editor through. One target per period, unit, metric and key; each command is one audit entry.
/// </summary>
public sealed class TargetCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CommandPolicy policy,
    TargetQueries queries,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<(CommandResult Result, int? Id)> SaveAsync(ClaimsPrincipal user, int? id, TargetInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await ForbiddenAsync(user) is { } forbidden)
        {
            return (forbidden, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (errors, period, key) = await ValidateAsync(db, input.Period, input.Metric, input.MetricKey, input.Direction, cancellationToken);
        if (input.Value is not (>= 0 and <= 100_000_000))
        {
            errors.Add(new FieldError("value", l["Targets.Error.Value"]));
        }

        if (input.OrgUnitId is { } unitId && !await db.OrgUnits.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            errors.Add(new FieldError("orgUnitId", l["Admin.Keys.UnitUnknown"]));
        }

        if (errors.Count == 0 && await FindAsync(db, period!.Label, input.OrgUnitId, input.Metric!.Value, key, cancellationToken) is { } clash && clash.Id != id)
        {
            errors.Add(new FieldError("metric", l["Targets.Error.Exists"]));
        }

        if (errors.Count > 0)
        {
            return (new CommandResult(errors), null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = Actor(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Target target;
        if (id is { } existingId)
        {
            target = await db.Targets.SingleOrDefaultAsync(t => t.Id == existingId, cancellationToken)
                ?? throw new InvalidOperationException($"Target {existingId} does not exist.");
            target.UpdatedAtUtc = now;
            target.UpdatedBy = actor;
        }
        else
        {
            target = new Target { Period = period!.Label, CreatedAtUtc = now, CreatedBy = actor };
            db.Targets.Add(target);
        }

        Apply(target, period!, input.OrgUnitId, input.Metric!.Value, key, input.Value!.Value, input.Direction!.Value);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, id is null ? "target.create" : "target.update", nameof(Target), target.Id.ToString(CultureInfo.InvariantCulture), Describe(target));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (CommandResult.Success, target.Id);
    }

    public async Task<CommandResult> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        if (await ForbiddenAsync(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return CommandResult.Fail("id", l["Targets.Error.NotFound"]);
        }

        db.Targets.Remove(target);
        audit.Add(db, Actor(user), "target.delete", nameof(Target), id.ToString(CultureInfo.InvariantCulture), Describe(target));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>Sets one metric for many units in one go: a value creates or updates the unit's target, an empty value removes it.</summary>
    public async Task<(CommandResult Result, int Changed)> BulkSetAsync(ClaimsPrincipal user, BulkTargetInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await ForbiddenAsync(user) is { } forbidden)
        {
            return (forbidden, 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (errors, period, key) = await ValidateAsync(db, input.Period, input.Metric, input.MetricKey, input.Direction, cancellationToken);
        var knownUnits = (await db.OrgUnits.Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var (unitId, value) in input.Values)
        {
            if (!knownUnits.Contains(unitId))
            {
                errors.Add(new FieldError(string.Create(CultureInfo.InvariantCulture, $"values[{unitId}]"), l["Admin.Keys.UnitUnknown"]));
            }
            else if (value is not null and not (>= 0 and <= 100_000_000))
            {
                errors.Add(new FieldError(string.Create(CultureInfo.InvariantCulture, $"values[{unitId}]"), l["Targets.Error.Value"]));
            }
        }

        if (errors.Count > 0)
        {
            return (new CommandResult(errors), 0);
        }

        var metric = input.Metric!.Value;
        var label = period!.Label;
        var existing = await db.Targets
            .Where(t => t.Period == label && t.Metric == metric && t.MetricKey == key && t.OrgUnitId != null)
            .ToDictionaryAsync(t => t.OrgUnitId!.Value, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = Actor(user);
        int added = 0, updated = 0, removed = 0;
        foreach (var (unitId, value) in input.Values)
        {
            existing.TryGetValue(unitId, out var target);
            if (value is null)
            {
                if (target is not null)
                {
                    db.Targets.Remove(target);
                    removed++;
                }

                continue;
            }

            if (target is null)
            {
                target = new Target { Period = label, CreatedAtUtc = now, CreatedBy = actor };
                db.Targets.Add(target);
                added++;
            }
            else if (target.Value != value.Value || target.Direction != input.Direction!.Value)
            {
                target.UpdatedAtUtc = now;
                target.UpdatedBy = actor;
                updated++;
            }
            else
            {
                continue;
            }

            Apply(target, period, unitId, metric, key, value.Value, input.Direction!.Value);
        }

        audit.Add(db, actor, "target.bulk", nameof(Target), null, string.Create(CultureInfo.InvariantCulture,
            $"period={label}; metric={metric}{(key is null ? "" : ":" + key)}; added={added}; updated={updated}; removed={removed}"));
        await db.SaveChangesAsync(cancellationToken);
        return (CommandResult.Success, added + updated + removed);
    }

    /// <summary>
    /// Copies every target of <paramref name="fromYear"/> into <paramref name="toYear"/> (its quarters and months to the same
    /// quarters and months) as a start for the new year: the same values, or the old year's actuals grown by
    /// <paramref name="growthPercent"/> and rounded up. Targets the new year already has are left alone (skipped).
    /// </summary>
    public async Task<TargetCopyResult> CopyYearAsync(
        ClaimsPrincipal user, int fromYear, int toYear, TargetCopyMode mode, double growthPercent, CancellationToken cancellationToken)
    {
        if (await ForbiddenAsync(user) is { } forbidden)
        {
            return new TargetCopyResult(forbidden, 0, 0);
        }

        if (fromYear == toYear || toYear is < 2000 or > 2199 || fromYear is < 2000 or > 2199)
        {
            return new TargetCopyResult(CommandResult.Fail("toYear", l["Targets.Error.CopyYears"]), 0, 0);
        }

        if (growthPercent is < -100 or > 1000)
        {
            return new TargetCopyResult(CommandResult.Fail("growth", l["Targets.Error.Growth"]), 0, 0);
        }

        var actuals = mode == TargetCopyMode.FromActuals
            ? (await queries.ProgressAsync(UnitScope.CountyWide, fromYear, new DateOnly(fromYear, 12, 31), cancellationToken)).ToDictionary(r => r.TargetId, r => r.Progress.Actual)
            : [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var start = new DateOnly(fromYear, 1, 1);
        var end = new DateOnly(fromYear, 12, 31);
        var sources = await db.Targets.AsNoTracking().Where(t => t.PeriodStart >= start && t.PeriodEnd <= end).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var toStart = new DateOnly(toYear, 1, 1);
        var toEnd = new DateOnly(toYear, 12, 31);
        var present = (await db.Targets.AsNoTracking().Where(t => t.PeriodStart >= toStart && t.PeriodEnd <= toEnd)
                .Select(t => new { t.Period, t.OrgUnitId, t.Metric, t.MetricKey }).ToListAsync(cancellationToken))
            .Select(t => (t.Period, t.OrgUnitId, t.Metric, t.MetricKey)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = Actor(user);
        int added = 0, skipped = 0;
        foreach (var source in sources)
        {
            var label = toYear.ToString(CultureInfo.InvariantCulture) + source.Period[4..];
            if (!TargetPeriod.TryParse(label, out var period) || !present.Add((period.Label, source.OrgUnitId, source.Metric, source.MetricKey)))
            {
                skipped++;
                continue;
            }

            // A ceiling (days silent) and a rate (answered on time) stay what they were; a count starts from what was achieved.
            var value = mode == TargetCopyMode.FromActuals && source.Direction == TargetDirection.AtLeast && source.Metric != TargetMetric.RequestsAnsweredOnTime
                        && actuals.TryGetValue(source.Id, out var actual)
                ? Math.Ceiling(actual * (1 + (growthPercent / 100)))
                : source.Value;
            var target = new Target { Period = period.Label, CreatedAtUtc = now, CreatedBy = actor };
            Apply(target, period, source.OrgUnitId, source.Metric, source.MetricKey, value, source.Direction);
            db.Targets.Add(target);
            added++;
        }

        audit.Add(db, actor, "target.copy", nameof(Target), null, string.Create(CultureInfo.InvariantCulture,
            $"from={fromYear}; to={toYear}; mode={mode}; growth={growthPercent}%; added={added}; skipped={skipped}"));
        await db.SaveChangesAsync(cancellationToken);
        return new TargetCopyResult(CommandResult.Success, added, skipped);
    }

    private Task<CommandResult?> ForbiddenAsync(ClaimsPrincipal user) => policy.RefusalAsync(user, Policies.SetTargets, l["Targets.Error.Forbidden"]);

    private async Task<(List<FieldError> Errors, TargetPeriod? Period, string? Key)> ValidateAsync(
        DashboardDbContext db, string? periodText, TargetMetric? metric, string? metricKey, TargetDirection? direction, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!TargetPeriod.TryParse(periodText, out var period))
        {
            errors.Add(new FieldError("period", l["Targets.Error.Period", periodText ?? ""]));
        }

        if (direction is not { } dir || !Enum.IsDefined(dir))
        {
            errors.Add(new FieldError("direction", l["Targets.Error.Direction"]));
        }

        string? key = string.IsNullOrWhiteSpace(metricKey) ? null : metricKey.Trim();
        switch (metric)
        {
            case null:
            case { } m when !Enum.IsDefined(m):
                errors.Add(new FieldError("metric", l["Targets.Error.Metric"]));
                break;
            case TargetMetric.Postings or TargetMetric.TrainingsHeld or TargetMetric.TrainingAttendees:
                key = null;
                break;
            case TargetMetric.RequestsAnsweredOnTime:
                key = null;
                if (direction == TargetDirection.AtMost)
                {
                    errors.Add(new FieldError("direction", l["Targets.Error.RateAtLeast"]));
                }

                break;
            case TargetMetric.PostingsByChannelKind:
                key = Enum.TryParse<ChannelKind>(key, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind.ToString() : Bad();
                break;
            case TargetMetric.PostingsByCategory:
                key = Enum.TryParse<ColumnCategory>(key, ignoreCase: true, out var category) && Enum.IsDefined(category) ? category.ToString() : Bad();
                break;
            case TargetMetric.PostingsByChannel:
                key = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId)
                      && await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken)
                    ? channelId.ToString(CultureInfo.InvariantCulture)
                    : Bad();
                break;
            case TargetMetric.DaysSinceLastUpdate:
                if (key is not null && key.StartsWith("column:", StringComparison.Ordinal)
                    && int.TryParse(key[7..], NumberStyles.None, CultureInfo.InvariantCulture, out var columnId)
                    && await db.Columns.AnyAsync(c => c.Id == columnId, cancellationToken))
                {
                    key = "column:" + columnId.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    key = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var channel)
                          && await db.Channels.AnyAsync(c => c.Id == channel, cancellationToken)
                        ? channel.ToString(CultureInfo.InvariantCulture)
                        : Bad();
                }

                if (direction == TargetDirection.AtLeast)
                {
                    errors.Add(new FieldError("direction", l["Targets.Error.DaysAtMost"]));
                }

                break;
        }

        return (errors, errors.Count == 0 ? period : null, key);

        string? Bad()
        {
            errors.Add(new FieldError("metricKey", l["Targets.Error.MetricKey", metricKey ?? ""]));
            return null;
        }
    }

    private static async Task<Target?> FindAsync(DashboardDbContext db, string period, int? unitId, TargetMetric metric, string? key, CancellationToken cancellationToken) =>
        await db.Targets.AsNoTracking().FirstOrDefaultAsync(
            t => t.Period == period && t.OrgUnitId == unitId && t.Metric == metric && t.MetricKey == key, cancellationToken);

    private static void Apply(Target target, TargetPeriod period, int? unitId, TargetMetric metric, string? key, double value, TargetDirection direction)
    {
        target.Period = period.Label;
        target.PeriodStart = period.Start;
        target.PeriodEnd = period.End;
        target.OrgUnitId = unitId;
        target.Metric = metric;
        target.MetricKey = key;
        target.Value = value;
        target.Direction = direction;
    }

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    private static string Describe(Target t) => string.Create(CultureInfo.InvariantCulture,
        $"period={t.Period}; unit={t.OrgUnitId?.ToString(CultureInfo.InvariantCulture) ?? "county"}; metric={t.Metric}{(t.MetricKey is null ? "" : ":" + t.MetricKey)}; {(t.Direction == TargetDirection.AtMost ? "<=" : ">=")}{t.Value}");
}
