using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>
/// The working-day calendar as features use it: one <see cref="WorkingDayCalendar"/> snapshot held in memory,
/// dropped when an admin edits the calendar (<see cref="Invalidate"/>) and re-read after
/// <see cref="RefreshAfter"/> so that edits made on another instance arrive too. Deadlines that depend on it
/// listen to <see cref="Changed"/> or <see cref="GetChangeToken"/>.
/// </summary>
public sealed class CalendarService(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly Lock _changeLock = new();
    private CancellationTokenSource _changeSource = new();
    private volatile Snapshot? _snapshot;
    private long _version;

    /// <summary>Raised after the calendar changed: an edit here, or a different calendar found on a periodic reload.</summary>
    public event EventHandler? Changed;

    /// <summary>A token that fires once, at the next change.</summary>
    public IChangeToken GetChangeToken()
    {
        lock (_changeLock)
        {
            return new CancellationChangeToken(_changeSource.Token);
        }
    }

    public async Task<WorkingDayCalendar> GetCalendarAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } cached && IsFresh(cached))
        {
            return cached.Calendar;
        }

        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            var previous = _snapshot;
            if (previous is not null && IsFresh(previous))
            {
                return previous.Calendar;
            }

            var version = Interlocked.Read(ref _version);
            var calendar = await LoadAsync(cancellationToken);
            if (Interlocked.Read(ref _version) == version)
            {
                // Keep it only if no edit landed while it was being read.
                _snapshot = new Snapshot(calendar, clock.GetTimestamp());
                if (previous is not null && !previous.Calendar.HasSameContentAs(calendar))
                {
                    SignalChanged();
                }
            }

            return calendar;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>Called by every command that changed the calendar, after it committed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _snapshot = null;
        SignalChanged();
    }

    public void Dispose()
    {
        _loadLock.Dispose();
        _changeSource.Dispose();
    }

    private bool IsFresh(Snapshot snapshot) => clock.GetElapsedTime(snapshot.LoadedAt) < RefreshAfter;

    private async Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking()
            .Select(d => new HolidayDay(d.Date, d.IsOffDay, d.Name))
            .ToListAsync(cancellationToken);
        return new WorkingDayCalendar(years, days);
    }

    private void SignalChanged()
    {
        CancellationTokenSource fired;
        lock (_changeLock)
        {
            fired = _changeSource;
            _changeSource = new CancellationTokenSource();
        }

        // Not disposed: tokens handed out earlier may still be registered against; a fired source holds no timer.
        fired.Cancel();
        Changed?.Invoke(this, EventArgs.Empty);
    }

    private sealed record Snapshot(WorkingDayCalendar Calendar, long LoadedAt);
}
