using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenGovDashboard.Bench;

/// <summary>Sums the time EF's commands spend in the database, so a slow operation can be split into SQL and the rest.</summary>
internal sealed class SqlTimer : DbCommandInterceptor
{
    private long _ticks;
    private int _commands;

    public (TimeSpan Elapsed, int Commands) Reset() =>
        (TimeSpan.FromTicks(Interlocked.Exchange(ref _ticks, 0)), Interlocked.Exchange(ref _commands, 0));

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Add(eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Add(eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Add(eventData);
        return ValueTask.FromResult(result);
    }

    private void Add(CommandExecutedEventData eventData)
    {
        Interlocked.Add(ref _ticks, eventData.Duration.Ticks);
        Interlocked.Increment(ref _commands);
    }
}
