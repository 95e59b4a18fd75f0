using Microsoft.Playwright;

namespace OpenGovDashboard.Bench;

/// <summary>One signed-in browser page on the overview, with its Blazor circuit's WebSocket watched from the client side.</summary>
internal sealed class LivePage
{
    /// <summary>Remembers the total shown now and the wall-clock instant (Date.now()) it first changes; returns the total.</summary>
    private const string ArmScript = """
        () => {
          const read = () => (document.querySelector('[data-testid=total-postings]')?.textContent ?? '').replace(/[^0-9]/g, '');
          const before = read();
          window.__ogdSeen = null;
          window.__ogdObserver?.disconnect();
          const observer = new MutationObserver(() => {
            if (window.__ogdSeen === null && read() !== before) {
              window.__ogdSeen = Date.now();
              observer.disconnect();
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          window.__ogdObserver = observer;
          return before;
        }
        """;

    private int _openSockets;

    private LivePage(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>Open /_blazor WebSockets of this page: 1 while its circuit is connected.</summary>
    public int OpenSockets => Volatile.Read(ref _openSockets);

    /// <summary>Loads the overview and waits until its circuit is interactive and the total is shown; returns the milliseconds it took.</summary>
    public static async Task<(LivePage Page, double Ms)> OpenAsync(IBrowserContext context, string baseUrl)
    {
        var page = new LivePage(await context.NewPageAsync());
        page.Page.WebSocket += (_, socket) =>
        {
            if (!socket.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                return;
            }

            Interlocked.Increment(ref page._openSockets);
            socket.Close += (_, _) => Interlocked.Decrement(ref page._openSockets);
        };
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await page.Page.GotoAsync(baseUrl + "/");
        await page.WaitReadyAsync();
        return (page, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task WaitReadyAsync()
    {
        await Page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 180_000 });
        await Page.GetByTestId("total-postings").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 180_000 });
    }

    /// <summary>Starts watching the total; returns the total shown now.</summary>
    public async Task<long> ArmAsync() => long.Parse(await Page.EvaluateAsync<string>(ArmScript), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Unix milliseconds at which the total changed since <see cref="ArmAsync"/>, or null.</summary>
    public async Task<double?> SeenAsync() => await Page.EvaluateAsync<double?>("() => window.__ogdSeen ?? null");

    public async Task<long> TotalAsync() => long.Parse(
        await Page.EvaluateAsync<string>("() => (document.querySelector('[data-testid=total-postings]')?.textContent ?? '').replace(/[^0-9]/g, '')"),
        System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether Blazor's reconnect dialog is showing (the circuit dropped).</summary>
    public Task<bool> ReconnectingAsync() =>
        Page.EvaluateAsync<bool>("() => document.getElementById('components-reconnect-modal')?.open === true");
}
