using System.Globalization;

namespace OpenGovDashboard.Bench;

/// <summary>The command line: <c>--provider sqlite|postgresql [--postings N] [--connection CS] [--reps N] [--reuse] [--write FILE]</c>.</summary>
internal sealed record BenchOptions(string Provider, int Postings, string? Connection, int Reps, bool Reuse, bool GenerateOnly, string? Write, string Database, bool ImportOnly)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/OpenGovDashboard.Bench -- --provider sqlite|postgresql
                 [--postings 5000000]   postings to generate (200000 for a quick run)
                 [--connection CS]      default: SQLite /tmp/ogd-bench-<postings>.db; PostgreSQL $OPENGOV_BENCH_POSTGRES
                                        or Host=127.0.0.1;Port=5544;Username=postgres;Database=postgres, with a fresh
                                        database created there (--database, default ogd_bench)
                 [--database NAME]      PostgreSQL: the benchmark database's name (dropped and created)
                 [--reps 20]            measured repetitions per dashboard query (after one warm-up)
                 [--reuse]              keep a database generated earlier with the same --postings (skips generation)
                 [--generate-only]      stop after generating the data set
                 [--import-only]        with --reuse: only the .xlsx import, in a fresh process (its own memory peak)
                 [--write FILE]         also replace this provider's section of FILE (e.g. docs/benchmarks.md)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        string? provider = null, connection = null, write = null;
        var database = "ogd_bench";
        int postings = 5_000_000, reps = 20;
        bool reuse = false, generateOnly = false, importOnly = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--provider": provider = Next().ToLowerInvariant(); break;
                case "--postings": postings = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture); break;
                case "--connection": connection = Next(); break;
                case "--reps": reps = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture); break;
                case "--reuse": reuse = true; break;
                case "--generate-only": generateOnly = true; break;
                case "--import-only": importOnly = true; break;
                case "--write": write = Next(); break;
                case "--database": database = Next(); break;
                default: throw new ArgumentException($"Unknown argument {args[i]}.\n{Usage}");
            }
        }

        if (provider is not ("sqlite" or "postgresql"))
        {
            throw new ArgumentException($"--provider must be sqlite or postgresql.\n{Usage}");
        }

        if (postings < 20_000 || reps < 1)
        {
            throw new ArgumentException($"--postings must be at least 20000 and --reps at least 1.\n{Usage}");
        }

        if (importOnly && (!reuse || write is not null))
        {
            throw new ArgumentException($"--import-only needs --reuse and takes no --write (it would replace the section with one row).\n{Usage}");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(database, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            throw new ArgumentException($"--database must be a plain lower-case name.\n{Usage}");
        }

        return new BenchOptions(provider, postings, connection, reps, reuse, generateOnly, write, database, importOnly);
    }
}
