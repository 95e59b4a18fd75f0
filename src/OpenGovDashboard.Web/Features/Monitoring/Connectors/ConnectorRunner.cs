using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml;
using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// Runs sources one after another (the machine is small and ingest is serialised anyway): each through its connector,
/// retried with a doubling delay while its failure may pass, then what it read ingested through
/// <see cref="PostingIngestion"/> — so a second run adds nothing. A source that fails never stops the next one.
/// Items the ingest rejects (a date before the channel's launch, say) are skipped with the reason; the rest still land.
/// </summary>
public sealed class ConnectorRunner(
    IEnumerable<IChannelConnector> connectors, PostingIngestion ingestion, IOptions<MonitoringOptions> options, TimeProvider clock, ILogger<ConnectorRunner> logger)
{
    public const string Actor = "connector";

    public async Task<IReadOnlyList<ConnectorSourceResult>> RunAsync(IReadOnlyList<ConnectorSource> sources, DateOnly? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var results = new List<ConnectorSourceResult>(sources.Count);
        foreach (var source in sources)
        {
            var started = clock.GetUtcNow();
            var result = await RunOneAsync(source, since, cancellationToken);
            results.Add(result with { StartedAt = started, FinishedAt = clock.GetUtcNow() });
        }

        return results;
    }

    private async Task<ConnectorSourceResult> RunOneAsync(ConnectorSource source, DateOnly? since, CancellationToken cancellationToken)
    {
        var connector = connectors.FirstOrDefault(c => c.Kind == source.Kind);
        if (connector is null)
        {
            return Result(source, 0, null, 0, 0, [], new ConnectorError("config", $"No connector reads {source.Kind} sources."));
        }

        var maxAttempts = Math.Max(1, options.Value.MaxAttempts);
        ConnectorFetch? fetch = null;
        ConnectorError? error = null;
        var attempt = 0;
        while (true)
        {
            attempt++;
            try
            {
                fetch = await connector.FetchAsync(source, since, cancellationToken);
                error = fetch.Errors.FirstOrDefault();
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested && Classify(failure) is { } classified)
            {
                fetch = null;
                error = classified;
            }

            if (error is not { Retryable: true } || attempt >= maxAttempts)
            {
                break;
            }

            logger.LogWarning("Connector source {Source} failed on attempt {Attempt} ({Code}: {Message}); retrying", source.Key, attempt, error.Code, error.Message);
            await Task.Delay(options.Value.RetryDelay * Math.Pow(2, attempt - 1), clock, cancellationToken);
        }

        if (error is not null)
        {
            logger.LogWarning("Connector source {Source} failed after {Attempts} attempt(s): {Code}: {Message}", source.Key, attempt, error.Code, error.Message);
        }

        if (fetch is null)
        {
            return Result(source, attempt, null, 0, 0, [], error);
        }

        var skipped = new List<SkippedItem>(fetch.Skipped);
        var (added, duplicates, ingestError) = await IngestAsync(source, fetch.Items, skipped, cancellationToken);
        return Result(source, attempt, fetch, added, duplicates, skipped, error ?? ingestError);
    }

    private async Task<(int Added, int Duplicates, ConnectorError? Error)> IngestAsync(
        ConnectorSource source, List<FetchedPosting> items, List<SkippedItem> skipped, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return (0, 0, null);
        }

        var inputs = items.Select(i => new PostingInput
        {
            Channel = source.ChannelId.ToString(CultureInfo.InvariantCulture),
            Column = source.ColumnId?.ToString(CultureInfo.InvariantCulture),
            Title = i.Title,
            Url = i.Url,
            PublishedAt = i.PublishedAt,
            ExternalId = i.ExternalId,
        }).ToList();
        var origin = "connector:" + source.Key;
        var result = await ingestion.IngestAsync(UnitScope.CountyWide, Actor, origin, inputs, null, cancellationToken);
        if (result.Succeeded)
        {
            return (result.Added, result.Duplicates, null);
        }

        // The ingest is all-or-nothing for a caller's batch; a feed with one bad item must not hide every good one.
        var rejected = result.Errors.Where(e => e.Index is not null).GroupBy(e => e.Index!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var good = inputs.Where((_, index) => !rejected.ContainsKey(index)).ToList();
        if (good.Count == 0 || rejected.Count == 0)
        {
            var first = result.Errors[0];
            return (0, 0, new ConnectorError("ingest", $"Every item was rejected ({first.Field}: {first.Message})."));
        }

        foreach (var (index, errors) in rejected.OrderBy(r => r.Key))
        {
            skipped.Add(new SkippedItem(items[index].Title, SkipReasons.Rejected, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))));
        }

        var retry = await ingestion.IngestAsync(UnitScope.CountyWide, Actor, origin, good, null, cancellationToken);
        return retry.Succeeded
            ? (retry.Added, retry.Duplicates, null)
            : (0, 0, new ConnectorError("ingest", $"The batch was rejected ({retry.Errors[0].Field}: {retry.Errors[0].Message})."));
    }

    /// <summary>A failure as a report line: what may pass on a retry (network, timeouts, 5xx) and what will not.</summary>
    private static ConnectorError? Classify(Exception failure) => failure switch
    {
        HttpRequestException { StatusCode: { } status } => new ConnectorError(
            string.Create(CultureInfo.InvariantCulture, $"http:{(int)status}"), failure.Message,
            Retryable: (int)status >= 500 || (int)status is 408 or 429),
        HttpRequestException => new ConnectorError("network", failure.Message, Retryable: true),
        TaskCanceledException or TimeoutException => new ConnectorError("timeout", "The source did not answer in time.", Retryable: true),
        XmlException or JsonException => new ConnectorError("parse", failure.Message),
        CryptographicException => new ConnectorError("secret", "The stored secret cannot be read (the key ring changed?); an admin must enter it again."),
        InvalidOperationException or UriFormatException or ArgumentException or AngleSharp.Dom.DomException => new ConnectorError("config", failure.Message),
        OperationCanceledException => null,
        _ => new ConnectorError("error", failure.GetType().Name + ": " + failure.Message),
    };

    private static ConnectorSourceResult Result(
        ConnectorSource source, int attempts, ConnectorFetch? fetch, int added, int duplicates, IReadOnlyList<SkippedItem> skipped, ConnectorError? error) =>
        new(source.Key, source.ChannelId, source.ColumnId, source.Kind, attempts, fetch?.Fetched ?? 0, fetch?.Parsed ?? 0, added, duplicates, skipped, error);
}
