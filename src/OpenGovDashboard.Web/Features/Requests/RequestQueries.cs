using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Web.Features.Requests;

/// <summary>
/// The register's read side: requests within the caller's unit scope with their deadlines computed on the official
/// calendar as of a day (so a calendar year entered later moves an open request's due date at once), a request with its
/// history, the year's figures, and tables 三 and 四. County figures (stats, tables of the whole county) are for every
/// reader; rows and histories follow the scope.
/// </summary>
public sealed class RequestQueries(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CalendarService calendarService,
    OrgUnitDirectory units,
    IOptions<RequestOptions> options)
{
    public RequestDeadlineSettings Settings => options.Value.ToSettings();

    public async Task<IReadOnlyList<RequestListItem>> ListAsync(UnitScope scope, RequestFilter filter, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Requests.AsNoTracking().Include(r => r.Steps).AsQueryable();
        if (!scope.IsCountyWide)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(r => ids.Contains(r.HandlingOrgUnitId));
        }

        if (filter.Year is { } year)
        {
            // The year's requests, and those carried into it: received before and not answered by its first day.
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            query = query.Where(r => (r.ReceivedOn >= start && r.ReceivedOn <= end) || (r.ReceivedOn < start && (r.AnsweredOn == null || r.AnsweredOn >= start)));
        }

        if (filter.OrgUnitId is { } unitId)
        {
            query = query.Where(r => r.HandlingOrgUnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(r => r.Reference.Contains(text) || r.Subject.Contains(text) || (r.ApplicantName != null && r.ApplicantName.Contains(text)));
        }

        var rows = await query.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        var items = rows.Select(r => Item(r, tree, calendar, asOf)).ToList();
        return filter.Status is { } status ? [.. items.Where(i => i.Deadline.Status == status)] : items;
    }

    /// <summary>One request with its history and deadlines; null when it does not exist or is outside the caller's scope.</summary>
    public async Task<RequestDetail?> DetailAsync(UnitScope scope, int id, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Requests.AsNoTracking().Include(r => r.Steps).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !scope.Covers(request.HandlingOrgUnitId))
        {
            return null;
        }

        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        var cases = await db.ReviewCases.AsNoTracking().Where(c => c.RequestId == id).OrderBy(c => c.FiledOn).ToListAsync(cancellationToken);
        return new RequestDetail(Item(request, tree, calendar, asOf), [.. request.Steps.OrderBy(s => s.Sequence)], request.ApplicantName, cases);
    }

    /// <summary>The county's (or one unit's) requests touching a year, as the engine and the tables read them.</summary>
    public async Task<IReadOnlyList<DisclosureRequest>> DomainRequestsAsync(int year, int? orgUnitId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var end = new DateOnly(year, 12, 31);
        var start = new DateOnly(year - 1, 1, 1);
        var query = db.Requests.AsNoTracking().Include(r => r.Steps)
            .Where(r => r.ReceivedOn <= end && (r.ReceivedOn >= start || r.AnsweredOn == null || r.AnsweredOn >= start));
        if (orgUnitId is { } unit)
        {
            var subtree = (await units.GetAsync(cancellationToken)).SubtreeOf(unit).ToList();
            query = query.Where(r => subtree.Contains(r.HandlingOrgUnitId));
        }

        var tree = await units.GetAsync(cancellationToken);
        return [.. (await query.ToListAsync(cancellationToken)).Select(r => RequestMapping.ToDomain(r, tree.Find(r.HandlingOrgUnitId)?.Name ?? "?"))];
    }

    public async Task<RequestYearStats> StatsAsync(int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var requests = await DomainRequestsAsync(year, null, cancellationToken);
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        return RequestYearStats.Compute(year, requests, calendar, asOf, Settings);
    }

    /// <summary>Review and litigation cases filed in a year, within the caller's scope, with their request's reference.</summary>
    public async Task<IReadOnlyList<ReviewCaseItem>> CasesAsync(UnitScope scope, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var query = db.ReviewCases.AsNoTracking().Where(c => c.FiledOn >= start && c.FiledOn <= end);
        if (!scope.IsCountyWide)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(c => ids.Contains(c.OrgUnitId));
        }

        var tree = await units.GetAsync(cancellationToken);
        return [.. (await query.OrderBy(c => c.FiledOn).Select(c => new
            {
                Case = c,
                Request = db.Requests.Where(r => r.Id == c.RequestId).Select(r => r.Reference).FirstOrDefault(),
            }).ToListAsync(cancellationToken))
            .Select(x => new ReviewCaseItem(x.Case, tree.Find(x.Case.OrgUnitId)?.Name ?? "?", x.Request))];
    }

    /// <summary>The dashboard's card set: the year's figures and who asked (table 三's applicant columns), county-wide.</summary>
    public async Task<RequestOverview> OverviewAsync(int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var requests = await DomainRequestsAsync(year, null, cancellationToken);
        var calendar = await calendarService.GetCalendarAsync(cancellationToken);
        var stats = RequestYearStats.Compute(year, requests, calendar, asOf, Settings);
        var byApplicant = requests.Where(r => r.ReceivedOn is { } on && on.Year == year && on <= asOf)
            .GroupBy(r => r.ApplicantType).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList();
        return new RequestOverview(year, stats, byApplicant);
    }

    /// <summary>Tables 三 and 四 of a year for the county or one unit (and its sub-units), with the consistency checks.</summary>
    public async Task<RequestTables3And4> TablesAsync(int year, int? orgUnitId, CancellationToken cancellationToken)
    {
        var requests = await DomainRequestsAsync(year, orgUnitId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var cases = db.ReviewCases.AsNoTracking().Where(c => c.FiledOn >= yearStart && c.FiledOn <= yearEnd);
        if (orgUnitId is { } unit)
        {
            var subtree = (await units.GetAsync(cancellationToken)).SubtreeOf(unit).ToList();
            cases = cases.Where(c => subtree.Contains(c.OrgUnitId));
        }

        var domainCases = (await cases.ToListAsync(cancellationToken))
            .Select(c => new ReviewCase(c.Reference, c.Kind, c.FiledOn, c.Outcome, c.DecidedOn))
            .ToList();
        var three = RequestTables.BuildTableThree(year, requests);
        var four = RequestTables.BuildTableFour(year, domainCases);
        var previous = RequestTables.BuildTableThree(year - 1, await DomainRequestsAsync(year - 1, orgUnitId, cancellationToken));
        return new RequestTables3And4(three, four, RequestTableChecks.Evaluate(three, four, previous));
    }

    private RequestListItem Item(RegisteredRequest request, OrgUnitTree tree, WorkingDayCalendar calendar, DateOnly asOf)
    {
        var unit = tree.Find(request.HandlingOrgUnitId)?.Name ?? "?";
        var domain = RequestMapping.ToDomain(request, unit);
        var deadline = RequestDeadlineEngine.Compute(domain, calendar, asOf, Settings);
        return new RequestListItem(request.Id, request.Reference, request.Subject, request.HandlingOrgUnitId, unit, request.ApplicantType,
            request.Channel, deadline, request.Result, request.AnsweredOn, domain);
    }
}

public sealed record ReviewCaseItem(RegisteredReviewCase Case, string OrgUnit, string? RequestReference);

public sealed record RequestOverview(int Year, RequestYearStats Stats, IReadOnlyList<(ApplicantType Type, int Count)> ByApplicant);

public sealed record RequestFilter(int? Year = null, RequestStatus? Status = null, string? Search = null, int? OrgUnitId = null);

public sealed record RequestListItem(
    int Id,
    string Reference,
    string Subject,
    int OrgUnitId,
    string OrgUnit,
    ApplicantType ApplicantType,
    ReceiptChannel Channel,
    RequestDeadline Deadline,
    RequestResult? Result,
    DateOnly? AnsweredOn,
    DisclosureRequest Request);

public sealed record RequestDetail(RequestListItem Item, IReadOnlyList<RegisteredRequestStep> Steps, string? ApplicantName, IReadOnlyList<RegisteredReviewCase> Cases);

public sealed record RequestTables3And4(RequestTable Three, ReviewTable Four, IReadOnlyList<TableCheck> Checks);
