using System.Collections.Concurrent;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// County-wide summary facts (requests without a unit filter) kept between ingests: the counts behind a request, before
/// names are put on them, so a renamed channel or unit shows at once. An entry is good only while
/// <see cref="PublishingNotifier.Version"/> is what it was when the facts were read; every ingest and the nightly rebuild
/// move it before they signal, so a dashboard reloading on the signal never reads a stale count. In-process and small:
/// each server keeps its own, retired by the same signal (deploy/README.md says how several servers share it).
/// </summary>
public sealed class SummaryCache(PublishingNotifier notifier)
{
    /// <summary>Distinct county-wide requests kept at once; beyond it the cache starts again (a dashboard asks a handful).</summary>
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<SummaryRequest, (long Version, IReadOnlyList<SummaryFact> Facts)> _entries = new();

    /// <summary>The version to store facts under: read it before reading the facts.</summary>
    internal long Version => notifier.Version;

    internal bool TryGet(SummaryRequest request, out IReadOnlyList<SummaryFact> facts)
    {
        if (_entries.TryGetValue(request, out var entry) && entry.Version == notifier.Version)
        {
            facts = entry.Facts;
            return true;
        }

        facts = [];
        return false;
    }

    internal void Set(SummaryRequest request, long version, IReadOnlyList<SummaryFact> facts)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[request] = (version, facts);
    }
}

/// <summary>One aggregated count: its day (or month start), channel, and column or unit where known.</summary>
internal sealed record SummaryFact(DateOnly Day, int ChannelId, int? ColumnKey, int? OrgUnitKey, int Count);
