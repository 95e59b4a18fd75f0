using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>A review or lawsuit as the form sends it; a request reference links it to its request (and so to its unit).</summary>
public sealed class ReviewCaseInput
{
    public string? Reference { get; set; }

    public ReviewCaseKind? Kind { get; set; }

    public DateOnly? FiledOn { get; set; }

    public ReviewOutcome? Outcome { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? RequestReference { get; set; }

    public int? OrgUnitId { get; set; }

    public string? Notes { get; set; }
}

/// <summary>
/// 行政复议 / 行政诉讼: records a case and its decision, within the caller's unit scope. A case linked to a request belongs
/// to the request's handling unit. Table 四 counts a case in the year it was filed, under its outcome on 31 December.
/// </summary>
public sealed class ReviewCaseCommands(IDbContextFactory<DashboardDbContext> dbFactory, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<(CommandResult Result, int? Id)> SaveAsync(UnitScope scope, string actor, int? id, ReviewCaseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>();
        var reference = input.Reference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > 100)
        {
            errors.Add(new FieldError("reference", l["Cases.Error.Reference"]));
        }
        else if (await db.ReviewCases.AnyAsync(c => c.Reference == reference && c.Id != id, cancellationToken))
        {
            errors.Add(new FieldError("reference", l["Cases.Error.ReferenceTaken", reference]));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", l["Cases.Error.Kind"]));
        }

        var today = ShanghaiTime.Today(clock);
        if (input.FiledOn is not { } filed || filed > today)
        {
            errors.Add(new FieldError("filedOn", l["Cases.Error.FiledOn"]));
        }

        var outcome = input.Outcome ?? ReviewOutcome.Pending;
        if (!Enum.IsDefined(outcome))
        {
            errors.Add(new FieldError("outcome", l["Cases.Error.Outcome"]));
        }
        else if (outcome == ReviewOutcome.Pending && input.DecidedOn is not null)
        {
            errors.Add(new FieldError("decidedOn", l["Cases.Error.DecidedPending"]));
        }
        else if (outcome != ReviewOutcome.Pending && (input.DecidedOn is not { } decided || decided < input.FiledOn || decided > today))
        {
            errors.Add(new FieldError("decidedOn", l["Cases.Error.DecidedOn"]));
        }

        int? requestId = null;
        var unitId = input.OrgUnitId;
        if (!string.IsNullOrWhiteSpace(input.RequestReference))
        {
            var request = await db.Requests.AsNoTracking().Where(r => r.Reference == input.RequestReference.Trim())
                .Select(r => new { r.Id, r.HandlingOrgUnitId }).SingleOrDefaultAsync(cancellationToken);
            if (request is null)
            {
                errors.Add(new FieldError("requestReference", l["Cases.Error.Request", input.RequestReference]));
            }
            else
            {
                requestId = request.Id;
                unitId = request.HandlingOrgUnitId;
            }
        }

        if (unitId is null || !await db.OrgUnits.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            errors.Add(new FieldError("orgUnitId", l["Requests.Error.Unit"]));
        }

        if (input.Notes is { Length: > 1000 })
        {
            errors.Add(new FieldError("notes", l["Requests.Error.Note"]));
        }

        if (errors.Count > 0)
        {
            return (new CommandResult(errors), null);
        }

        scope.EnsureCovers(unitId);
        RegisteredReviewCase row;
        if (id is { } existing)
        {
            row = await db.ReviewCases.SingleOrDefaultAsync(c => c.Id == existing, cancellationToken)
                ?? throw new InvalidOperationException($"Review case {existing} does not exist.");
            scope.EnsureCovers(row.OrgUnitId);
        }
        else
        {
            row = new RegisteredReviewCase { Reference = reference!, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = actor };
            db.ReviewCases.Add(row);
        }

        row.Reference = reference!;
        row.Kind = input.Kind!.Value;
        row.FiledOn = input.FiledOn!.Value;
        row.Outcome = outcome;
        row.DecidedOn = outcome == ReviewOutcome.Pending ? null : input.DecidedOn;
        row.RequestId = requestId;
        row.OrgUnitId = unitId!.Value;
        row.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, id is null ? "case.create" : "case.update", nameof(RegisteredReviewCase), row.Id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{row.Reference}; {row.Kind}; filed {row.FiledOn:yyyy-MM-dd}; {row.Outcome}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (CommandResult.Success, row.Id);
    }
}
