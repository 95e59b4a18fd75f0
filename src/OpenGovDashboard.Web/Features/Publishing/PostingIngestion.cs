using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// The one rule set behind every door (API, file import, form): validate every item, dedupe as docs/api.md
/// defines it, write the batch whole or not at all together with its rollups and one audit entry, then tell
/// open dashboards. Batches are serialised in-process so that rollup rows are never raced.
/// </summary>
public sealed class PostingIngestion(
    IDbContextFactory<DashboardDbContext> dbFactory,
    OrgUnitDirectory units,
    AuditLog audit,
    TimeProvider clock,
    PublishingNotifier notifier,
    IStringLocalizer<SharedResource> l)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Ingests a batch; <paramref name="rowOffset"/> is null for JSON (errors by 0-based index) or the file row of item 0 (errors by row).</summary>
    /// <remarks><paramref name="readErrors"/> are problems found while reading the items (a field of the wrong type); they are
    /// reported together with every other problem, and nothing is written.</remarks>
    public async Task<PostingBatchResult> IngestAsync(
        UnitScope scope, string actor, string source, IReadOnlyList<PostingInput> items, int? rowOffset, CancellationToken cancellationToken,
        IReadOnlyList<ApiFieldError>? readErrors = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(items);
        scope.EnsureMayWrite();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (postings, errors) = await ValidateAsync(db, scope, items, rowOffset, readErrors, cancellationToken);
        if (errors.Count > 0)
        {
            return new PostingBatchResult(0, 0, errors);
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            var (added, duplicates) = await WriteAsync(db, actor, source, postings, cancellationToken);
            if (added > 0)
            {
                notifier.NotifyPostingsChanged();
            }

            return new PostingBatchResult(added, duplicates, []);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Checks a batch exactly as <see cref="IngestAsync"/> would and counts what it would add and what is already
    /// there, writing nothing (the file import's preview). A unit outside the scope throws as it does there.
    /// </summary>
    public async Task<PostingBatchResult> PreviewAsync(
        UnitScope scope, IReadOnlyList<PostingInput> items, int? rowOffset, CancellationToken cancellationToken,
        IReadOnlyList<ApiFieldError>? readErrors = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(items);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (postings, errors) = await ValidateAsync(db, scope, items, rowOffset, readErrors, cancellationToken);
        if (errors.Count > 0)
        {
            return new PostingBatchResult(0, 0, errors);
        }

        var fresh = await FreshAsync(db, postings, cancellationToken);
        return new PostingBatchResult(fresh.Count, postings.Count - fresh.Count, []);
    }

    private async Task<(List<Posting> Postings, List<ApiFieldError> Errors)> ValidateAsync(
        DashboardDbContext db, UnitScope scope, IReadOnlyList<PostingInput> items, int? rowOffset, IReadOnlyList<ApiFieldError>? readErrors,
        CancellationToken cancellationToken)
    {
        var channels = await db.Channels.AsNoTracking()
            .Select(c => new ChannelRef(c.Id, c.Name, c.LaunchedOn, c.RetiredOn, c.OwnerOrgUnitId))
            .ToListAsync(cancellationToken);
        var columns = await db.Columns.AsNoTracking().Select(c => new ColumnRef(c.Id, c.ChannelId, c.Name)).ToListAsync(cancellationToken);
        var lookups = new Lookups(channels, columns, await units.GetAsync(cancellationToken));
        var today = ShanghaiTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;

        var errors = new List<ApiFieldError>(readErrors ?? []);

        // A field that could not be read is reported once, by the reader; a set keeps this linear for large files with many bad rows.
        var readFailures = new HashSet<(int?, int?, string)>(errors.Select(e => (e.Row, e.Index, e.Field)));
        var postings = new List<Posting>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemErrors = new List<(string Field, string Message)>();
            var posting = Validate(items[i], lookups, scope, today, now, itemErrors);
            var row = rowOffset is { } first ? first + i : (int?)null;
            var index = rowOffset is null ? i : (int?)null;
            errors.AddRange(itemErrors
                .Where(e => !readFailures.Contains((row, index, e.Field)))
                .Select(e => new ApiFieldError(row, index, e.Field, e.Message)));
            if (posting is not null)
            {
                postings.Add(posting);
            }
        }

        if (items.Count == 0)
        {
            errors.Add(new ApiFieldError(null, null, "items", l["Postings.Error.Empty"]));
        }

        return (postings, errors);
    }

    private async Task<(int Added, int Duplicates)> WriteAsync(DashboardDbContext db, string actor, string source, List<Posting> postings, CancellationToken cancellationToken)
    {
        // Postings and rollup counts go through the bulk path (multi-row INSERTs, upserts), not the change tracker; only the
        // audit entry is tracked. All of it commits or rolls back together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fresh = await FreshAsync(db, postings, cancellationToken);
        await PostingBulkSql.InsertPostingsAsync(db, fresh, cancellationToken);
        await PostingRollups.ApplyAsync(db, fresh, cancellationToken);
        var duplicates = postings.Count - fresh.Count;
        audit.Add(db, actor, "postings.ingest", nameof(Posting), null,
            string.Create(CultureInfo.InvariantCulture, $"source={source}; items={postings.Count}; added={fresh.Count}; duplicates={duplicates}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (fresh.Count, duplicates);
    }

    /// <summary>The postings that are not duplicates, of the database or of each other, by the keys docs/api.md defines.</summary>
    private static async Task<List<Posting>> FreshAsync(DashboardDbContext db, List<Posting> postings, CancellationToken cancellationToken)
    {
        var fresh = new List<Posting>(postings.Count);
        foreach (var group in postings.GroupBy(p => p.ChannelId))
        {
            var channelId = group.Key;
            var externalIds = group.Where(p => p.ExternalId != null).Select(p => p.ExternalId!).Distinct().ToList();
            var urls = group.Where(p => p.ExternalId == null && p.Url != null).Select(p => p.Url!).Distinct().ToList();
            var bare = group.Where(p => p.ExternalId == null && p.Url == null).ToList();
            var knownIds = new HashSet<string>(await ChunkedAsync(externalIds, chunk =>
                db.Postings.Where(p => p.ChannelId == channelId && p.ExternalId != null && chunk.Contains(p.ExternalId)).Select(p => p.ExternalId!), cancellationToken));
            var knownUrls = new HashSet<string>(await ChunkedAsync(urls, chunk =>
                db.Postings.Where(p => p.ChannelId == channelId && p.Url != null && chunk.Contains(p.Url)).Select(p => p.Url!), cancellationToken));
            var knownBare = new HashSet<(string, DateTime)>();
            if (bare.Count > 0)
            {
                var from = bare.Min(p => p.PublishedAtUtc);
                var to = bare.Max(p => p.PublishedAtUtc);
                var titles = bare.Select(p => p.Title).Distinct().ToList();
                foreach (var hit in await ChunkedAsync(titles, chunk => db.Postings
                             .Where(p => p.ChannelId == channelId && p.PublishedAtUtc >= from && p.PublishedAtUtc <= to && chunk.Contains(p.Title))
                             .Select(p => new { p.Title, p.PublishedAtUtc }), cancellationToken))
                {
                    knownBare.Add((hit.Title, hit.PublishedAtUtc));
                }
            }

            foreach (var posting in group)
            {
                // The same three keys dedupe within the batch as against the database.
                var isNew = posting.ExternalId is { } externalId ? knownIds.Add(externalId)
                    : posting.Url is { } url ? knownUrls.Add(url)
                    : knownBare.Add((posting.Title, posting.PublishedAtUtc));
                if (isNew)
                {
                    fresh.Add(posting);
                }
            }
        }

        return fresh;
    }

    private static async Task<List<T>> ChunkedAsync<TKey, T>(List<TKey> keys, Func<List<TKey>, IQueryable<T>> query, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        foreach (var chunk in keys.Chunk(500))
        {
            result.AddRange(await query([.. chunk]).ToListAsync(cancellationToken));
        }

        return result;
    }

    private Posting? Validate(
        PostingInput input, Lookups lookups, UnitScope scope, DateOnly today, DateTime now, List<(string Field, string Message)> errors)
    {
        var channel = lookups.Channel(input.Channel);
        if (channel is null)
        {
            errors.Add(("channel", l["Postings.Error.Channel", input.Channel ?? ""]));
        }

        ColumnRef? column = null;
        if (!string.IsNullOrWhiteSpace(input.Column) && channel is not null)
        {
            column = lookups.Column(channel.Id, input.Column);
            if (column is null)
            {
                errors.Add(("column", l["Postings.Error.Column", input.Column, channel.Name]));
            }
        }

        OrgUnitNode? unit = null;
        if (!string.IsNullOrWhiteSpace(input.OrgUnit))
        {
            unit = lookups.Unit(input.OrgUnit);
            if (unit is null)
            {
                errors.Add(("orgUnit", l["Postings.Error.OrgUnit", input.OrgUnit]));
            }
        }

        // An editor's (or scoped key's) posting belongs to their unit unless they name one of its children.
        var unitId = unit?.Id ?? (scope.IsCountyWide ? channel?.OwnerOrgUnitId : scope.RootUnitId);
        if (!scope.IsCountyWide && !scope.Covers(unitId))
        {
            // Forbidden rather than bad input: the caller may not write for that unit at all (403 on the API).
            throw new UnitScopeViolationException(unitId);
        }

        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 500)
        {
            errors.Add(("title", l["Postings.Error.Title"]));
        }

        var url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim();
        if (url is not null && (url.Length > 1000 || !Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
        {
            errors.Add(("url", l["Postings.Error.Url", url]));
        }

        var externalId = string.IsNullOrWhiteSpace(input.ExternalId) ? null : input.ExternalId.Trim();
        if (externalId is { Length: > 200 })
        {
            errors.Add(("externalId", l["Postings.Error.ExternalId"]));
        }

        DateOnly day = default;
        if (input.PublishedAt is not { } publishedAt)
        {
            errors.Add(("publishedAt", l["Postings.Error.PublishedAt"]));
        }
        else
        {
            day = ShanghaiTime.ToShanghaiDate(publishedAt.UtcDateTime);
            if (day > today)
            {
                errors.Add(("publishedAt", l["Postings.Error.Future", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
            }
            else if (channel is not null && day < channel.LaunchedOn)
            {
                errors.Add(("publishedAt", l["Postings.Error.BeforeLaunch", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), channel.Name, channel.LaunchedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
            }
            else if (channel?.RetiredOn is { } retired && day > retired)
            {
                errors.Add(("publishedAt", l["Postings.Error.AfterRetired", channel.Name, retired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new Posting
        {
            ChannelId = channel!.Id,
            ColumnId = column?.Id,
            OrgUnitId = unitId,
            Title = title!,
            Url = url,
            PublishedAtUtc = input.PublishedAt!.Value.UtcDateTime,
            PublishedOn = day,
            ExternalId = externalId,
            CreatedAtUtc = now,
        };
    }

    private sealed record ChannelRef(int Id, string Name, DateOnly LaunchedOn, DateOnly? RetiredOn, int? OwnerOrgUnitId);

    private sealed record ColumnRef(int Id, int ChannelId, string Name);

    /// <summary>
    /// Channels, columns and units by exact name and by id, built once per batch (a 100,000-row file used to scan the
    /// 2,000-unit tree per row). An exact name wins over an id, and the first of equal names wins, as before.
    /// </summary>
    private sealed class Lookups
    {
        private readonly Dictionary<string, ChannelRef> _channelsByName = new(StringComparer.Ordinal);
        private readonly Dictionary<int, ChannelRef> _channelsById = [];
        private readonly Dictionary<(int ChannelId, string Name), ColumnRef> _columnsByName = [];
        private readonly Dictionary<(int ChannelId, int Id), ColumnRef> _columnsById = [];
        private readonly Dictionary<string, OrgUnitNode> _unitsByName = new(StringComparer.Ordinal);
        private readonly OrgUnitTree _tree;

        public Lookups(List<ChannelRef> channels, List<ColumnRef> columns, OrgUnitTree tree)
        {
            foreach (var channel in channels)
            {
                _channelsByName.TryAdd(channel.Name, channel);
                _channelsById.TryAdd(channel.Id, channel);
            }

            foreach (var column in columns)
            {
                _columnsByName.TryAdd((column.ChannelId, column.Name), column);
                _columnsById.TryAdd((column.ChannelId, column.Id), column);
            }

            foreach (var node in tree.Nodes)
            {
                _unitsByName.TryAdd(node.Name, node);
            }

            _tree = tree;
        }

        public ChannelRef? Channel(string? idOrName) => Find(idOrName, _channelsByName.GetValueOrDefault, _channelsById.GetValueOrDefault);

        public ColumnRef? Column(int channelId, string? idOrName) =>
            Find(idOrName, name => _columnsByName.GetValueOrDefault((channelId, name)), id => _columnsById.GetValueOrDefault((channelId, id)));

        public OrgUnitNode? Unit(string? idOrName) => Find(idOrName, _unitsByName.GetValueOrDefault, _tree.Find);

        private static T? Find<T>(string? idOrName, Func<string, T?> byName, Func<int, T?> byId)
            where T : class
        {
            if (string.IsNullOrWhiteSpace(idOrName))
            {
                return null;
            }

            var text = idOrName.Trim();
            return byName(text)
                ?? (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? byId(number) : null);
        }
    }
}
