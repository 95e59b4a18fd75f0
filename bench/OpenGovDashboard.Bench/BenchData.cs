using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Bench;

/// <summary>
/// A province-scale data set, the same on every run (fixed seeds): 2,000 units, 90 channels and their columns, and
/// postings over three years ending on <see cref="LastDay"/>, skewed as real ones are — a few units and channels carry
/// most of the work, weekdays far more than weekends, a little growth year on year, a quiet Spring Festival month.
/// </summary>
internal sealed class BenchData
{
    public const int UnitCount = 2_000;

    /// <summary>The last generated day; the dashboard's periods are taken as of it. Mid-month on purpose: spans end inside a month.</summary>
    public static readonly DateOnly LastDay = new(2026, 11, 20);

    public static readonly DateOnly FirstDay = LastDay.AddDays(-1095);

    private static readonly (ChannelKind Kind, string Name, int Count)[] ChannelPlan =
    [
        (ChannelKind.Portal, "portal", 30),
        (ChannelKind.GovServiceSite, "service site", 10),
        (ChannelKind.WeChat, "WeChat", 25),
        (ChannelKind.Weibo, "Weibo", 15),
        (ChannelKind.OtherNewMedia, "news app", 10),
    ];

    private readonly int[] _unitIds;
    private readonly double[] _unitWeights;
    private readonly ChannelShape[] _channels;
    private readonly double[] _channelWeights;

    private BenchData(int[] unitIds, ChannelShape[] channels)
    {
        _unitIds = unitIds;
        _channels = channels;
        var random = new Random(7);
        _unitWeights = Cumulative(Zipf(unitIds.Length, 1.0, random, keepFirst: false));
        _channelWeights = Cumulative(Zipf(channels.Length, 1.0, random, keepFirst: true));
    }

    /// <summary>The busiest department with children: the unit the dashboard's unit filter is measured with.</summary>
    public int BusyDepartmentId { get; private set; }

    /// <summary>Writes units, channels and columns through EF (a few thousand rows).</summary>
    public static async Task SeedReferenceDataAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var root = new OrgUnit { Name = "Bench province government", Kind = OrgUnitKind.CountyGovernment };
        var units = new List<OrgUnit> { root };
        for (var i = 1; i < 200; i++)
        {
            units.Add(i <= 120
                ? new OrgUnit { Name = $"Bench department {i:D3}", Kind = OrgUnitKind.Department, Parent = root, SortOrder = i }
                : new OrgUnit { Name = $"Bench township {i - 120:D3}", Kind = OrgUnitKind.Township, Parent = root, SortOrder = i });
        }

        for (var i = 200; i < UnitCount; i++)
        {
            var parent = units[1 + ((i - 200) % 199)];
            units.Add(new OrgUnit { Name = $"Bench office {i:D4}", Kind = parent.Kind, Parent = parent, SortOrder = i });
        }

        db.OrgUnits.AddRange(units);
        var channels = new List<Channel>();
        foreach (var (kind, name, count) in ChannelPlan)
        {
            for (var i = 1; i <= count; i++)
            {
                var channel = new Channel
                {
                    Name = $"Bench {name} {i:D2}",
                    Kind = kind,
                    OwnerOrgUnit = channels.Count == 0 ? root : units[1 + (channels.Count * 7 % 199)],
                    LaunchedOn = new DateOnly(2015, 1, 1),
                };

                // A portal has a column for every category and every update class (12 = lcm of 6 and 4); a service site four.
                var columnCount = kind switch { ChannelKind.Portal => 12, ChannelKind.GovServiceSite => 4, _ => 0 };
                for (var c = 0; c < columnCount; c++)
                {
                    channel.Columns.Add(new Column
                    {
                        Name = $"Column {c + 1:D2}",
                        Category = kind == ChannelKind.Portal ? (ColumnCategory)(c % 6) : ColumnCategory.Service,
                        UpdateClass = (UpdateClass)(c % 4),
                        SortOrder = c,
                    });
                }

                channels.Add(channel);
            }
        }

        db.Channels.AddRange(channels);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Reads the ids the database gave the reference data back into a sampler.</summary>
    public static async Task<BenchData> LoadAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new ChannelShape(c.Id, c.Kind, c.OwnerOrgUnitId, c.Columns.OrderBy(col => col.SortOrder).Select(col => col.Id).ToArray()))
            .ToListAsync(cancellationToken);
        var data = new BenchData([.. units.Select(u => u.Id)], [.. channels]);

        data.BusyDepartmentId = units.Select((unit, index) => (unit, index))
            .Where(x => x.unit.Name.StartsWith("Bench department", StringComparison.Ordinal))
            .MaxBy(x => data.WeightOfUnit(x.index)).unit.Id;
        return data;
    }

    /// <summary>
    /// <paramref name="count"/> postings from <paramref name="from"/> to <paramref name="to"/> in day order; the same seed
    /// gives the same postings. External ids and URLs carry <paramref name="prefix"/>, so separate streams never collide.
    /// </summary>
    public IEnumerable<Posting> Postings(int count, DateOnly from, DateOnly to, int seed, string prefix)
    {
        var random = new Random(seed);
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToArray();
        var dayWeights = days.Select((d, i) => DayWeight(d) * (1 + (0.25 * i / days.Length))).ToArray();
        var total = dayWeights.Sum();
        long sequence = 0;
        var emitted = 0;
        var cumulative = 0.0;
        for (var i = 0; i < days.Length; i++)
        {
            cumulative += dayWeights[i];
            var upTo = i == days.Length - 1 ? count : (int)Math.Round(count * cumulative / total);
            var dayStartUtc = ShanghaiTime.ToUtc(days[i], TimeOnly.MinValue);
            for (; emitted < upTo; emitted++)
            {
                yield return NewPosting(random, days[i], dayStartUtc, prefix, sequence++);
            }
        }
    }

    private Posting NewPosting(Random random, DateOnly day, DateTime dayStartUtc, string prefix, long sequence)
    {
        var channel = _channels[Pick(_channelWeights, random)];

        // Office hours mostly; a tenth at any time of day or night.
        var second = random.NextDouble() < 0.9 ? random.Next(8 * 3600, (18 * 3600) + 1800) : random.Next(0, 86_400);
        var publishedAt = dayStartUtc.AddSeconds(second);
        // The main portal carries every unit's postings; a department's own site or account mostly its owner's.
        int? unitId = random.NextDouble() switch
        {
            < 0.01 => null,
            < 0.86 when channel.Id != _channels[0].Id => channel.OwnerOrgUnitId,
            _ => _unitIds[Pick(_unitWeights, random)],
        };
        int? columnId = channel.ColumnIds.Length == 0 ? null : channel.ColumnIds[(int)(channel.ColumnIds.Length * random.NextDouble() * random.NextDouble())];
        var isPortal = channel.ColumnIds.Length > 0;
        return new Posting
        {
            ChannelId = channel.Id,
            ColumnId = columnId,
            OrgUnitId = unitId,
            Title = Title(random),
            Url = isPortal
                ? $"https://www{channel.Id:D2}.bench.gov.cn/art/{day:yyyyMMdd}/art_{prefix}{sequence:D8}.html"
                : $"https://mp.bench.example/c{channel.Id:D2}/{prefix}{sequence:D8}",
            ExternalId = isPortal ? null : $"{prefix}{sequence:D8}",
            PublishedAtUtc = publishedAt,
            PublishedOn = day,
            CreatedAtUtc = publishedAt.AddMinutes(random.Next(1, 600)),
        };
    }

    private double WeightOfUnit(int index) => _unitWeights[index] - (index == 0 ? 0 : _unitWeights[index - 1]);

    /// <summary>12 to 36 characters from the CJK block: the size of a real Chinese headline.</summary>
    private static string Title(Random random) =>
        string.Create(random.Next(12, 37), random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)r.Next(0x4E00, 0x9FA6);
            }
        });

    private static double DayWeight(DateOnly day) =>
        (day.DayOfWeek switch { DayOfWeek.Saturday => 0.2, DayOfWeek.Sunday => 0.15, _ => 1.0 }) * (day.Month == 2 ? 0.7 : 1.0);

    /// <summary>Zipf weights 1/rank^s, ranks shuffled so that the busy ones are spread over the ids (the first kept busiest if asked).</summary>
    private static double[] Zipf(int n, double s, Random random, bool keepFirst)
    {
        var ranks = Enumerable.Range(1, n).ToArray();
        random.Shuffle(keepFirst ? ranks.AsSpan(1) : ranks);
        return [.. ranks.Select(r => 1 / Math.Pow(r, s))];
    }

    private static double[] Cumulative(double[] weights)
    {
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return index >= 0 ? index : Math.Min(~index, cumulative.Length - 1);
    }

    private sealed record ChannelShape(int Id, ChannelKind Kind, int? OwnerOrgUnitId, int[] ColumnIds);
}
