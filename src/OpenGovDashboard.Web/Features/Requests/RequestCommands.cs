using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Calendar;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>
/// Registers requests and records their steps. Every history is checked by <see cref="RequestValidator"/> on the
/// official calendar before it is saved (nothing is written otherwise); an editor works within their unit only; an
/// extension needs a leader or admin (<see cref="Policies.ApproveExtension"/>), who is recorded as its approver. Each
/// change is one audit entry.
/// </summary>
public sealed class RequestCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CalendarService calendarService,
    RequestQueries queries,
    OrgUnitDirectory units,
    IAuthorizationService authorization,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<(CommandResult Result, int? Id)> RegisterAsync(UnitScope scope, string actor, RequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite();
        var errors = new List<FieldError>();
        var subject = input.Subject?.Trim();
        if (string.IsNullOrEmpty(subject) || subject.Length > 500)
        {
            errors.Add(new FieldError("subject", l["Requests.Error.Subject"]));
        }

        if (input.ApplicantType is not { } applicant || !Enum.IsDefined(applicant))
        {
            errors.Add(new FieldError("applicantType", l["Requests.Error.ApplicantType"]));
        }

        if (input.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            errors.Add(new FieldError("channel", l["Requests.Error.Channel"]));
        }

        if (input.ArrivedOn is null)
        {
            errors.Add(new FieldError("arrivedOn", l["Requests.Error.ArrivedOn"]));
        }

        var tree = await units.GetAsync(cancellationToken);
        if (input.HandlingOrgUnitId is not { } unitId || tree.Find(unitId) is null)
        {
            errors.Add(new FieldError("handlingOrgUnitId", l["Requests.Error.Unit"]));
        }
        else
        {
            scope.EnsureCovers(unitId);
        }

        if (input.ApplicantName is { Length: > 100 })
        {
            errors.Add(new FieldError("applicantName", l["Requests.Error.ApplicantName"]));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reference = input.Reference?.Trim();
        if (reference is { Length: > 50 })
        {
            errors.Add(new FieldError("reference", l["Requests.Error.Reference"]));
        }
        else if (!string.IsNullOrEmpty(reference) && await db.Requests.AnyAsync(r => r.Reference == reference, cancellationToken))
        {
            errors.Add(new FieldError("reference", l["Requests.Error.ReferenceTaken", reference]));
        }

        if (errors.Count > 0)
        {
            return (new CommandResult(errors), null);
        }

        var receipt = new RequestReceived(input.Channel!.Value, input.ArrivedOn!.Value, input.SignedForOn, input.ConfirmedOn);
        var domain = new DisclosureRequest(reference ?? "", subject!, tree.Find(input.HandlingOrgUnitId!.Value)!.Name, input.ApplicantType!.Value, [receipt]);
        var problems = await ProblemsAsync(domain, cancellationToken);
        if (problems.Count > 0)
        {
            return (new CommandResult(problems), null);
        }

        if (string.IsNullOrEmpty(reference))
        {
            reference = await NextReferenceAsync(db, receipt.On.Year, cancellationToken);
        }

        var request = new RegisteredRequest
        {
            Reference = reference,
            Subject = subject!,
            ApplicantType = input.ApplicantType!.Value,
            ApplicantName = string.IsNullOrWhiteSpace(input.ApplicantName) ? null : input.ApplicantName.Trim(),
            HandlingOrgUnitId = input.HandlingOrgUnitId!.Value,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor,
        };
        var step = RequestMapping.ToStep(receipt, 0);
        Stamp(step, actor);
        request.Steps.Add(step);
        RequestMapping.Denormalise(request, domain);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, "request.register", nameof(RegisteredRequest), request.Id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{request.Reference}; {receipt.Channel}; received {request.ReceivedOn:yyyy-MM-dd}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (CommandResult.Success, request.Id);
    }

    /// <summary>Adds one step at the end of a request's history, if the whole history stays one the 条例 allows.</summary>
    public async Task<CommandResult> AddStepAsync(ClaimsPrincipal user, UnitScope scope, int id, RequestStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Requests.Include(r => r.Steps).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return CommandResult.Fail("id", l["Requests.Error.NotFound"]);
        }

        scope.EnsureCovers(request.HandlingOrgUnitId);
        if (input.Kind == RequestStepKind.ExtensionGranted)
        {
            // 延期 is a leader's decision (条例第三十三条): granted by whoever may approve it, data entry or not.
            if (!(await authorization.AuthorizeAsync(user, Policies.ApproveExtension)).Succeeded)
            {
                return CommandResult.Fail("permission", l["Requests.Error.ExtensionForbidden"]);
            }
        }
        else
        {
            scope.EnsureMayWrite();
        }

        var actor = user.Identity?.Name ?? "?";
        var (step, errors) = StepOf(input, actor);
        if (step is null)
        {
            return new CommandResult(errors);
        }

        var tree = await units.GetAsync(cancellationToken);
        var domain = RequestMapping.ToDomain(request, tree.Find(request.HandlingOrgUnitId)?.Name ?? "?").With(step);
        var problems = await ProblemsAsync(domain, cancellationToken);
        if (problems.Count > 0)
        {
            return new CommandResult(problems);
        }

        var row = RequestMapping.ToStep(step, request.Steps.Count == 0 ? 0 : request.Steps.Max(s => s.Sequence) + 1);
        Stamp(row, actor);
        request.Steps.Add(row);
        RequestMapping.Denormalise(request, domain);
        audit.Add(db, actor, "request.step", nameof(RegisteredRequest), id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{request.Reference}; {row.Kind} on {row.On:yyyy-MM-dd}"));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>Takes back the last step (a mistake in entry); the receipt itself stays.</summary>
    public async Task<CommandResult> UndoLastStepAsync(ClaimsPrincipal user, UnitScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureMayWrite();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Requests.Include(r => r.Steps).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return CommandResult.Fail("id", l["Requests.Error.NotFound"]);
        }

        scope.EnsureCovers(request.HandlingOrgUnitId);
        var last = request.Steps.OrderBy(s => s.Sequence).LastOrDefault();
        if (last is null || last.Kind == RequestStepKind.Received)
        {
            return CommandResult.Fail("steps", l["Requests.Error.NothingToUndo"]);
        }

        request.Steps.Remove(last);
        db.RequestSteps.Remove(last);
        var tree = await units.GetAsync(cancellationToken);
        RequestMapping.Denormalise(request, RequestMapping.ToDomain(request, tree.Find(request.HandlingOrgUnitId)?.Name ?? "?"));
        var actor = user.Identity?.Name ?? "?";
        audit.Add(db, actor, "request.undo", nameof(RegisteredRequest), id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{request.Reference}; removed {last.Kind} of {last.On:yyyy-MM-dd}"));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private (RequestEvent? Step, List<FieldError> Errors) StepOf(RequestStepInput input, string actor)
    {
        var errors = new List<FieldError>();
        if (input.On is not { } on)
        {
            errors.Add(new FieldError("on", l["Requests.Error.StepDate"]));
            return (null, errors);
        }

        RequestEvent? step = input.Kind switch
        {
            RequestStepKind.CorrectionRequested => new CorrectionRequested(on, Clean(input.Note)),
            RequestStepKind.CorrectionReceived => new CorrectionReceived(on),
            RequestStepKind.ConsultationPaused when input.Party is { } party && Enum.IsDefined(party) => new ConsultationPaused(on, party, Clean(input.Note)),
            RequestStepKind.ConsultationResumed => new ConsultationResumed(on),
            RequestStepKind.ExtensionGranted => new ExtensionGranted(on, input.WorkingDays ?? 0, Clean(input.Reason) ?? "", actor),
            RequestStepKind.Answered when input.Result is { } result && Enum.IsDefined(result) => new RequestAnswered(on, result),
            RequestStepKind.FeeCharged => new FeeCharged(on, input.AmountYuan ?? 0),
            RequestStepKind.CarriedOver => new CarriedOver(on),
            RequestStepKind.ConsultationPaused => null,
            RequestStepKind.Answered => null,
            _ => null,
        };
        if (step is null)
        {
            errors.Add(input.Kind switch
            {
                RequestStepKind.ConsultationPaused => new FieldError("party", l["Requests.Error.Party"]),
                RequestStepKind.Answered => new FieldError("result", l["Requests.Error.Result"]),
                _ => new FieldError("kind", l["Requests.Error.StepKind"]),
            });
        }

        if (input.Note is { Length: > 1000 } || input.Reason is { Length: > 500 })
        {
            errors.Add(new FieldError("note", l["Requests.Error.Note"]));
        }

        return (errors.Count == 0 ? step : null, errors);
    }

    /// <summary>The validator's problems as field errors in the user's language, named after the form's fields.</summary>
    private async Task<List<FieldError>> ProblemsAsync(DisclosureRequest request, CancellationToken cancellationToken)
    {
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var problems = RequestValidator.Validate(request, calendar, ShanghaiTime.Today(clock), queries.Settings);
        return [.. problems.Select(p => RequestMessages.ToFieldError(p, CultureInfo.CurrentUICulture))
            .Select(e => e with { Field = FormField(e.Field) })];
    }

    /// <summary><c>events[3].workingDays</c> → <c>workingDays</c>: the form edits one step at a time.</summary>
    private static string FormField(string field) => field.StartsWith("events[", StringComparison.Ordinal) && field.IndexOf("].", StringComparison.Ordinal) is > 0 and var end
        ? field[(end + 2)..]
        : field;

    private static async Task<string> NextReferenceAsync(DashboardDbContext db, int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"YSQ-{year}-");
        var taken = await db.Requests.Where(r => r.Reference.StartsWith(prefix)).Select(r => r.Reference).ToListAsync(cancellationToken);
        var next = taken.Select(r => int.TryParse(r[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return prefix + next.ToString("000", CultureInfo.InvariantCulture);
    }

    private void Stamp(RegisteredRequestStep step, string actor)
    {
        step.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        step.RecordedBy = actor;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
