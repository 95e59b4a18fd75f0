using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Trainings;

/// <summary>
/// Records training sessions, one batch at a time: every item is validated first and the batch lands whole
/// or not at all, within the caller's unit scope, with one audit entry. A session already on record (same
/// day, title and organiser) counts as a duplicate, so sending the same batch twice adds nothing.
/// </summary>
public sealed class TrainingCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    OrgUnitDirectory units,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>Every problem of a batch by item, without writing; a session for a unit outside the scope throws.</summary>
    public async Task<IReadOnlyList<IndexedFieldError>> CheckAsync(UnitScope scope, IReadOnlyList<TrainingInput> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var (_, errors) = await ValidateAllAsync(scope, items, cancellationToken);
        return errors;
    }

    public async Task<TrainingBatchResult> AddAsync(UnitScope scope, string actor, IReadOnlyList<TrainingInput> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(items);
        scope.EnsureMayWrite();
        var (sessions, errors) = await ValidateAllAsync(scope, items, cancellationToken);
        if (items.Count == 0)
        {
            errors.Add(new IndexedFieldError(0, "items", l["Trainings.Error.Empty"]));
        }

        if (errors.Count > 0)
        {
            return new TrainingBatchResult(0, 0, errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = 0;
        var duplicates = 0;
        var seen = new HashSet<(DateOnly, string, int?)>();
        foreach (var session in sessions)
        {
            var key = (session.HeldOn, session.Title, session.OrganiserOrgUnitId);
            var exists = !seen.Add(key) || await db.TrainingSessions.AnyAsync(
                t => t.HeldOn == session.HeldOn && t.Title == session.Title && t.OrganiserOrgUnitId == session.OrganiserOrgUnitId, cancellationToken);
            if (exists)
            {
                duplicates++;
                continue;
            }

            db.TrainingSessions.Add(session);
            added++;
        }

        audit.Add(db, actor, "training.add", nameof(TrainingSession), null,
            string.Create(CultureInfo.InvariantCulture, $"added={added}; duplicates={duplicates}; items={items.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TrainingBatchResult(added, duplicates, []);
    }

    private async Task<(List<TrainingSession> Sessions, List<IndexedFieldError> Errors)> ValidateAllAsync(
        UnitScope scope, IReadOnlyList<TrainingInput> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var tree = await units.GetAsync(cancellationToken);
        var today = ShanghaiTime.Today(clock);
        var errors = new List<IndexedFieldError>();
        var sessions = new List<TrainingSession>();
        for (var i = 0; i < items.Count; i++)
        {
            var (session, itemErrors) = Validate(items[i], tree, today);
            errors.AddRange(itemErrors.Select(e => new IndexedFieldError(i, e.Field, e.Message)));
            if (session is not null && !scope.Covers(session.OrganiserOrgUnitId))
            {
                // Reported as forbidden, not as bad input: the caller may not write for that unit at all.
                throw new UnitScopeViolationException(session.OrganiserOrgUnitId);
            }

            if (session is not null)
            {
                sessions.Add(session);
            }
        }

        return (sessions, errors);
    }

    /// <summary>
    /// Changes one session. Both the session as it is and as it would be must be within the caller's scope: an editor
    /// can neither reach another unit's session nor hand their own to another unit.
    /// </summary>
    public async Task<CommandResult> UpdateAsync(UnitScope scope, string actor, int id, TrainingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.TrainingSessions.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (session is null)
        {
            return CommandResult.Fail("id", l["Trainings.Error.NotFound"]);
        }

        scope.EnsureCovers(session.OrganiserOrgUnitId);
        var (changed, errors) = Validate(input, await units.GetAsync(cancellationToken), ShanghaiTime.Today(clock));
        if (changed is null)
        {
            return new CommandResult(errors);
        }

        scope.EnsureCovers(changed.OrganiserOrgUnitId);
        if (await db.TrainingSessions.AnyAsync(
                t => t.Id != id && t.HeldOn == changed.HeldOn && t.Title == changed.Title && t.OrganiserOrgUnitId == changed.OrganiserOrgUnitId, cancellationToken))
        {
            return CommandResult.Fail("title", l["Trainings.Duplicate"]);
        }

        session.HeldOn = changed.HeldOn;
        session.Kind = changed.Kind;
        session.Title = changed.Title;
        session.OrganiserOrgUnitId = changed.OrganiserOrgUnitId;
        session.Attendees = changed.Attendees;
        session.Hours = changed.Hours;
        session.Notes = changed.Notes;
        audit.Add(db, actor, "training.update", nameof(TrainingSession), id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{changed.HeldOn:yyyy-MM-dd} {changed.Title}; attendees={changed.Attendees}"));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>Removes one session within the caller's scope.</summary>
    public async Task<CommandResult> DeleteAsync(UnitScope scope, string actor, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureMayWrite();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.TrainingSessions.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (session is null)
        {
            return CommandResult.Fail("id", l["Trainings.Error.NotFound"]);
        }

        scope.EnsureCovers(session.OrganiserOrgUnitId);
        db.TrainingSessions.Remove(session);
        audit.Add(db, actor, "training.delete", nameof(TrainingSession), id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{session.HeldOn:yyyy-MM-dd} {session.Title}; attendees={session.Attendees}"));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private (TrainingSession? Session, List<FieldError> Errors) Validate(TrainingInput input, OrgUnitTree tree, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.HeldOn is not { } heldOn)
        {
            errors.Add(new FieldError("heldOn", l["Trainings.Error.HeldOn"]));
        }
        else if (heldOn > today)
        {
            errors.Add(new FieldError("heldOn", l["Trainings.Error.Future", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
        }

        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add(new FieldError("kind", l["Trainings.Error.Kind"]));
        }

        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            errors.Add(new FieldError("title", l["Trainings.Error.Title"]));
        }

        var organiser = ResolveUnit(input.Organiser, tree);
        if (organiser is null)
        {
            errors.Add(new FieldError("organiser", l["Trainings.Error.Organiser", input.Organiser ?? ""]));
        }

        if (input.Attendees is not (>= 0 and <= 100_000))
        {
            errors.Add(new FieldError("attendees", l["Trainings.Error.Attendees"]));
        }

        if (input.Hours is { } hours && (hours < 0 || hours > 100))
        {
            errors.Add(new FieldError("hours", l["Trainings.Error.Hours"]));
        }

        if (input.Notes is { Length: > 2000 })
        {
            errors.Add(new FieldError("notes", l["Trainings.Error.Notes"]));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new TrainingSession
            {
                HeldOn = input.HeldOn!.Value,
                Kind = input.Kind!.Value,
                Title = title!,
                OrganiserOrgUnitId = organiser!.Id,
                Attendees = input.Attendees!.Value,
                Hours = input.Hours,
                Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
            }, errors);
    }

    private static OrgUnitNode? ResolveUnit(string? idOrName, OrgUnitTree tree)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return null;
        }

        var text = idOrName.Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? tree.Find(id)
            : tree.Nodes.FirstOrDefault(n => n.Name == text);
    }
}

/// <summary>A problem with one item of a batch: its 0-based index, the field, a localised message.</summary>
public sealed record IndexedFieldError(int Index, string Field, string Message);

public sealed record TrainingBatchResult(int Added, int Duplicates, IReadOnlyList<IndexedFieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
