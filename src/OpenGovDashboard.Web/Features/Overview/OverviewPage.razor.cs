using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Components.Charts;
using OpenGovDashboard.Web.Components.Shared;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Publishing;

namespace OpenGovDashboard.Web.Features.Overview;

/// <summary>概览: what the county published, live. Charts are built from <see cref="DashboardData"/>; clicks drill down.</summary>
public sealed partial class OverviewPage
{
    private static readonly string[] Palette = ["#b71c1c", "#1565c0", "#2e7d32", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#37474f", "#ad1457"];

    private DashboardData? _data;
    private DashboardPeriod _period = DashboardPeriod.Year;
    private DateRange? _custom;
    private int? _unitId;
    private IReadOnlyList<OrgUnitNode> _units = [];
    private UnitScope _scope = UnitScope.Nothing;
    private object _trendOptions = new();
    private object _categoryOptions = new();
    private object _accountOptions = new();
    private object _rankingOptions = new();
    private List<ChannelSeries> _trendChannels = [];
    private List<DateOnly> _periods = [];
    private List<string> _categoryKeys = [];
    private List<ChannelSeries> _accounts = [];
    private List<SummaryGroup> _ranking = [];
    private CancellationTokenSource? _debounce;

    /// <summary>Cancelled when the page goes: a load still queued at the node's gate for a closed tab is dropped.</summary>
    private readonly CancellationTokenSource _closed = new();

    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    /// <summary>A shareable span: <c>/?from=2019-10-01&amp;to=2019-10-31</c> opens the overview on it.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    private string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    private string? ToQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (DateOnly.TryParseExact(FromQuery, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(ToQuery, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            _period = DashboardPeriod.Custom;
            _custom = new DateRange(from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue));
        }

        _scope = AuthState is null ? UnitScope.Nothing : await Scopes.ForAsync((await AuthState).User, CancellationToken.None);
        var tree = await UnitDirectory.GetAsync(CancellationToken.None);
        _units = [.. tree.Nodes.Where(n => n.ParentId is not null && _scope.Covers(n.Id))];
        Notifier.PostingsChanged += OnPostingsChanged;
        await LoadAsync();
    }

    public void Dispose()
    {
        Notifier.PostingsChanged -= OnPostingsChanged;
        _debounce?.Cancel();
        _debounce?.Dispose();
        _closed.Cancel();
        _closed.Dispose();
    }

    /// <summary>Postings landed somewhere: reload once the burst settles (a big import fires once, a busy API many times).</summary>
    private void OnPostingsChanged()
    {
        var next = new CancellationTokenSource();
        var superseded = next.Token; // taken before it is published: a later signal disposes this source
        var previous = Interlocked.Exchange(ref _debounce, next);
        previous?.Cancel();
        previous?.Dispose();
        _ = InvokeAsync(async () =>
        {
            try
            {
                await Task.Delay(300, superseded);
                await LoadAsync(superseded); // a newer signal drops this load even while it waits at the gate
                StateHasChanged();
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                // A newer change will reload, or the page has gone.
            }
        });
    }

    private async Task SetPeriodAsync(DashboardPeriod period)
    {
        _period = period;
        if (period != DashboardPeriod.Custom || _custom is { Start: not null, End: not null })
        {
            await LoadAsync();
        }
    }

    private async Task SetCustomAsync(DateRange range)
    {
        _custom = range;
        if (range is { Start: not null, End: not null })
        {
            await LoadAsync();
        }
    }

    private async Task SetUnitAsync(int? unitId)
    {
        _unitId = unitId;
        await LoadAsync();
    }

    private DateOnly Today => ShanghaiTime.Today(Clock);

    private async Task LoadAsync(CancellationToken superseded = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(superseded, _closed.Token);
        var today = ShanghaiTime.Today(Clock);
        var (from, to) = DashboardPeriods.Span(_period, today,
            _custom?.Start is { } s ? DateOnly.FromDateTime(s) : null, _custom?.End is { } e ? DateOnly.FromDateTime(e) : null);
        var data = await Queries.LoadAsync(from, to, _unitId, cancellation.Token);
        BuildCharts(data);
        _data = data;
    }

    private void BuildCharts(DashboardData data)
    {
        _periods = [.. Periods(data.From, data.To, data.Interval)];
        _trendChannels = [.. data.Channels.Where(c => c.Count > 0)];
        var labels = _periods.Select(p => Label(p, data.Interval)).ToArray();
        _trendOptions = new
        {
            chart = new { type = "bar", stacked = true, height = 340, toolbar = new { show = false }, animations = new { enabled = false }, fontFamily = "Noto Sans CJK SC, Microsoft YaHei, sans-serif" },
            series = _trendChannels.Select(c => new
            {
                name = c.Name,
                data = _periods.Select(p => c.Series.FirstOrDefault(s => s.Period == p)?.Count ?? 0).ToArray(),
            }).ToArray(),
            xaxis = new { categories = labels, tickAmount = Math.Min(labels.Length, 12), labels = new { rotate = -45, hideOverlappingLabels = true } },
            colors = Palette,
            dataLabels = new { enabled = false },
            legend = new { position = "top" },
            plotOptions = new { bar = new { columnWidth = "70%" } },
            noData = new { text = L["Overview.NoData"].Value },
        };

        _categoryKeys = [.. data.Categories.Select(c => c.Key)];
        _categoryOptions = new
        {
            chart = new { type = "donut", height = 260, animations = new { enabled = false }, fontFamily = "Noto Sans CJK SC, Microsoft YaHei, sans-serif" },
            series = data.Categories.Select(c => c.Count).ToArray(),
            labels = data.Categories.Select(c => CategoryName(c.Key)).ToArray(),
            colors = Palette,
            legend = new { position = "bottom" },
            plotOptions = new { pie = new { donut = new { labels = new { show = true, total = new { show = true, label = L["Overview.Total"].Value } } } } },
            noData = new { text = L["Overview.NoData"].Value },
        };

        _accounts = [.. data.Channels.Where(c => c.Kind is ChannelKind.WeChat or ChannelKind.Weibo or ChannelKind.OtherNewMedia)];
        _accountOptions = HorizontalBar(_accounts.Select(a => a.Name), _accounts.Select(a => a.Count), L["Dashboard.Postings"], 280, "#1565c0");

        _ranking = [.. data.Ranking];
        _rankingOptions = HorizontalBar(_ranking.Select(r => r.Name), _ranking.Select(r => r.Count), L["Dashboard.Postings"], 360, "#b71c1c");
    }

    private object HorizontalBar(IEnumerable<string> names, IEnumerable<int> counts, string seriesName, int height, string color) => new
    {
        chart = new { type = "bar", height, toolbar = new { show = false }, animations = new { enabled = false }, fontFamily = "Noto Sans CJK SC, Microsoft YaHei, sans-serif" },
        series = new[] { new { name = seriesName, data = counts.ToArray() } },
        xaxis = new { categories = names.ToArray() },
        plotOptions = new { bar = new { horizontal = true, barHeight = "70%" } },
        colors = new[] { color },
        dataLabels = new { enabled = true },
        noData = new { text = L["Overview.NoData"].Value },
    };

    private Task OnTrendPointAsync(ChartPoint point)
    {
        if (_data is null || point.SeriesIndex >= _trendChannels.Count || point.DataPointIndex >= _periods.Count)
        {
            return Task.CompletedTask;
        }

        var channel = _trendChannels[point.SeriesIndex];
        var start = _periods[point.DataPointIndex];
        var end = _data.Interval switch
        {
            SummaryInterval.Week => start.AddDays(6),
            SummaryInterval.Month => start.AddMonths(1).AddDays(-1),
            _ => start,
        };
        var from = start < _data.From ? _data.From : start;
        var to = end > _data.To ? _data.To : end;
        return DrillAsync(new PostingFilter(from, to, ChannelId: channel.ChannelId, OrgUnitId: _unitId), $"{channel.Name} · {Label(start, _data.Interval)}");
    }

    private Task OnCategoryPointAsync(ChartPoint point) =>
        _data is null || point.DataPointIndex >= _categoryKeys.Count
            ? Task.CompletedTask
            : DrillAsync(new PostingFilter(_data.From, _data.To, Category: Enum.Parse<ColumnCategory>(_categoryKeys[point.DataPointIndex], ignoreCase: true), OrgUnitId: _unitId), CategoryName(_categoryKeys[point.DataPointIndex]));

    private Task OnAccountPointAsync(ChartPoint point) =>
        _data is null || point.DataPointIndex >= _accounts.Count
            ? Task.CompletedTask
            : DrillAsync(new PostingFilter(_data.From, _data.To, ChannelId: _accounts[point.DataPointIndex].ChannelId, OrgUnitId: _unitId), _accounts[point.DataPointIndex].Name);

    private Task OnRankingPointAsync(ChartPoint point) =>
        _data is null || point.DataPointIndex >= _ranking.Count
            ? Task.CompletedTask
            : DrillAsync(new PostingFilter(_data.From, _data.To, OrgUnitId: int.Parse(_ranking[point.DataPointIndex].Key, CultureInfo.InvariantCulture)), _ranking[point.DataPointIndex].Name);

    private async Task DrillAsync(PostingFilter filter, string title)
    {
        await Dialogs.ShowAsync<PostingsDrillDownDialog>(
            L["Dashboard.DrillTitle", title, Day(filter.From), Day(filter.To)],
            new DialogParameters<PostingsDrillDownDialog> { { d => d.Filter, filter }, { d => d.Scope, _scope } },
            new DialogOptions { MaxWidth = MaxWidth.ExtraLarge, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });
    }

    private string CategoryName(string key) =>
        Enum.TryParse<ColumnCategory>(key, ignoreCase: true, out var category) ? L.Enum(category) : key;

    private static IEnumerable<DateOnly> Periods(DateOnly from, DateOnly to, SummaryInterval interval)
    {
        for (var period = SummaryRequest.PeriodOf(from, interval); period <= to;)
        {
            yield return period;
            period = interval switch
            {
                SummaryInterval.Week => period.AddDays(7),
                SummaryInterval.Month => period.AddMonths(1),
                _ => period.AddDays(1),
            };
        }
    }

    private static string Label(DateOnly period, SummaryInterval interval) => interval == SummaryInterval.Month
        ? period.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : period.ToString("MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
