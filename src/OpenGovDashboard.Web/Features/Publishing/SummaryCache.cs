using System.Collections.Concurrent;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>
/// County-wide summaries (requests without a unit filter) kept between ingests: the counts behind a request and the answer
/// folded from them. An entry is good only while <see cref="PublishingNotifier.Version"/> is what it was when the counts
/// were read; every ingest and the nightly rebuild move it before they signal, so a dashboard reloading on the signal never
/// reads a stale count. The folded answer is reused only with the same names (channels, columns, the unit tree), so a
/// renamed channel or unit shows at once. In-process and small: each server keeps its own, retired by the same signal
/// (deploy/README.md says how several servers share it).
/// </summary>
public sealed class SummaryCache(PublishingNotifier notifier)
{
    /// <summary>Distinct county-wide requests kept at once; beyond it the cache starts again (a dashboard asks a handful).</summary>
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<SummaryRequest, Entry> _entries = new();

    /// <summary>The version to store counts under: read it before reading the counts.</summary>
    internal long Version => notifier.Version;

    internal bool TryGetFacts(SummaryRequest request, out IReadOnlyList<SummaryFact> facts)
    {
        if (_entries.TryGetValue(request, out var entry) && entry.Version == notifier.Version)
        {
            facts = entry.Facts;
            return true;
        }

        facts = [];
        return false;
    }

    /// <summary>The answer folded earlier from the current counts with the same <paramref name="names"/>, if any.</summary>
    internal PostingSummary? FoldedWith(SummaryRequest request, object names) =>
        _entries.TryGetValue(request, out var entry) && entry.Version == notifier.Version && Equals(entry.Names, names) ? entry.Summary : null;

    internal void Set(SummaryRequest request, long version, IReadOnlyList<SummaryFact> facts, object names, PostingSummary summary)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[request] = new Entry(version, facts, names, summary);
    }

    private sealed record Entry(long Version, IReadOnlyList<SummaryFact> Facts, object Names, PostingSummary Summary);
}

/// <summary>One aggregated count: its day (or month start), channel, and column or unit where known.</summary>
internal sealed record SummaryFact(DateOnly Day, int ChannelId, int? ColumnKey, int? OrgUnitKey, int Count);
