using System.Globalization;

namespace OpenGovDashboard.Bench;

/// <summary>The live mode's command line: <c>--live [--pages 50,100] [--provider sqlite|postgresql] …</c>.</summary>
internal sealed record LiveOptions(
    IReadOnlyList<int> Pages,
    string Provider,
    string? Connection,
    string Database,
    string? App,
    string? Environment,
    int Rounds,
    int Batch,
    int SettleSeconds,
    int Contexts,
    int OpenParallel,
    string Chromium,
    string? Write,
    string? Screenshot)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/OpenGovDashboard.Bench -- --live
                 [--pages 50,100]       browser pages on the overview, opened in this order (cumulative)
                 [--provider sqlite]    sqlite (a fresh file under /tmp) or postgresql (a fresh database)
                 [--connection CS]      PostgreSQL server: $OPENGOV_BENCH_POSTGRES or Host=127.0.0.1;Port=5544;Username=postgres;Database=postgres
                 [--database NAME]      PostgreSQL: the database to drop and create (default ogd_bench_live)
                 [--app DIR]            the app to run: default src/OpenGovDashboard.Web/bin/Release/net10.0 (built by this
                                        dotnet run); a `dotnet publish` folder runs as Production
                 [--environment ENV]    default Development for a build output, Production for a published folder
                 [--rounds 10]          update rounds per page count (one API batch each)
                 [--batch 20]           postings per round
                 [--settle 20]          seconds to let the server settle before its memory is read
                 [--contexts 4]         signed-in browser contexts the pages are spread over (one sign-in, shared state)
                 [--open-parallel 4]    pages opening at the same time
                 [--chromium PATH]      $OPENGOV_CHROMIUM or /usr/bin/chromium
                 [--screenshot FILE]    a full-page screenshot of the last page after the last round
                 [--write FILE]         also replace the live section of FILE for this provider (e.g. docs/benchmarks.md)
        """;

    public static LiveOptions Parse(IReadOnlyList<string> args)
    {
        IReadOnlyList<int> pages = [50, 100];
        string provider = "sqlite", database = "ogd_bench_live";
        string? connection = null, app = null, environment = null, write = null, screenshot = null;
        var chromium = System.Environment.GetEnvironmentVariable("OPENGOV_CHROMIUM") ?? "/usr/bin/chromium";
        int rounds = 10, batch = 20, settle = 20, contexts = 4, openParallel = 4;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Number() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--live": break;
                case "--pages":
                    pages = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture))];
                    break;
                case "--provider": provider = Next().ToLowerInvariant(); break;
                case "--connection": connection = Next(); break;
                case "--database": database = Next(); break;
                case "--app": app = Next(); break;
                case "--environment": environment = Next(); break;
                case "--rounds": rounds = Number(); break;
                case "--batch": batch = Number(); break;
                case "--settle": settle = Number(); break;
                case "--contexts": contexts = Number(); break;
                case "--open-parallel": openParallel = Number(); break;
                case "--chromium": chromium = Next(); break;
                case "--screenshot": screenshot = Next(); break;
                case "--write": write = Next(); break;
                default: throw new ArgumentException($"Unknown argument {args[i]} in --live mode.\n{Usage}");
            }
        }

        if (provider is not ("sqlite" or "postgresql"))
        {
            throw new ArgumentException($"--provider must be sqlite or postgresql.\n{Usage}");
        }

        if (pages.Count == 0 || pages.Any(p => p < 1) || !pages.SequenceEqual(pages.Order()) || pages.Distinct().Count() != pages.Count)
        {
            throw new ArgumentException($"--pages takes ascending counts of at least 1, e.g. 50,100.\n{Usage}");
        }

        if (rounds < 1 || batch < 1 || contexts < 1 || openParallel < 1)
        {
            throw new ArgumentException($"--rounds, --batch, --contexts and --open-parallel must be at least 1.\n{Usage}");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(database, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            throw new ArgumentException($"--database must be a plain lower-case name.\n{Usage}");
        }

        if (!File.Exists(chromium))
        {
            throw new ArgumentException($"Chromium not found at {chromium}: apt-get install chromium fonts-noto-cjk, or pass --chromium.\n{Usage}");
        }

        return new LiveOptions(pages, provider, connection, database, app, environment, rounds, batch, settle, contexts, openParallel, chromium, write, screenshot);
    }
}
