using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Bench;

/// <summary>
/// Province-scale data: 2,000 units, 90 channels (30 portals with 12 columns each, 60 new-media accounts and
/// service sites), and N postings over 2017–2019, skewed towards busy units and channels, weekdays favoured.
/// Deterministic (fixed seed); written with the provider's bulk path (SQLite prepared inserts, PostgreSQL COPY).
/// </summary>
internal static class BenchData
{
    public static readonly DateOnly First = new(2017, 1, 1);
    public static readonly DateOnly Last = new(2019, 12, 31);

    private static readonly string[] InsertParameters = ["$c", "$col", "$u", "$t", "$at", "$on", "$x", "$now"];

    public sealed record Shape(List<int> Units, List<(int Id, List<int> Columns)> Channels);

    public static async Task<Shape> CreateStructureAsync(DashboardDbContext db)
    {
        var root = new OrgUnit { Name = "基准测试省", Kind = OrgUnitKind.CountyGovernment };
        db.OrgUnits.Add(root);
        await db.SaveChangesAsync();
        var units = Enumerable.Range(1, 1999).Select(i => new OrgUnit
        {
            Name = $"单位{i:D4}",
            Kind = i % 5 == 0 ? OrgUnitKind.Township : OrgUnitKind.Department,
            ParentId = root.Id,
            SortOrder = i,
        }).ToList();
        db.OrgUnits.AddRange(units);
        var categories = new[] { ColumnCategory.Overview, ColumnCategory.News, ColumnCategory.DisclosureCatalog };
        var classes = Enum.GetValues<UpdateClass>();
        var channels = Enumerable.Range(1, 90).Select(i =>
        {
            var kind = i <= 30 ? ChannelKind.Portal : i <= 65 ? ChannelKind.WeChat : i <= 80 ? ChannelKind.Weibo : i <= 85 ? ChannelKind.OtherNewMedia : ChannelKind.GovServiceSite;
            var channel = new Channel { Name = $"渠道{i:D2}", Kind = kind, LaunchedOn = new DateOnly(2015, 1, 1) };
            if (kind == ChannelKind.Portal)
            {
                channel.Columns.AddRange(Enumerable.Range(1, 12).Select(c => new Column
                {
                    Name = $"栏目{c:D2}",
                    Category = categories[c % categories.Length],
                    UpdateClass = classes[c % classes.Length],
                    SortOrder = c,
                }));
            }

            return channel;
        }).ToList();
        db.Channels.AddRange(channels);
        await db.SaveChangesAsync();
        return new Shape([root.Id, .. units.Select(u => u.Id)], [.. channels.Select(c => (c.Id, c.Columns.Select(col => col.Id).ToList()))]);
    }

    /// <summary>Postings as (channel, column, unit, title, instant, day, external id), generated lazily.</summary>
    public static IEnumerable<(int Channel, int? Column, int Unit, string Title, DateTime Utc, DateOnly Day, string ExternalId)> Postings(
        Shape shape, int count, DateOnly first, DateOnly last, int seed, string prefix)
    {
        var random = new Random(seed);
        var span = last.DayNumber - first.DayNumber + 1;
        for (var i = 0; i < count; i++)
        {
            var u = random.NextDouble();
            var channel = shape.Channels[(int)(u * u * shape.Channels.Count)];
            var unitDraw = random.NextDouble();
            var unit = shape.Units[(int)(unitDraw * unitDraw * shape.Units.Count)];
            var day = first.AddDays(random.Next(span));
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && random.Next(3) > 0)
            {
                day = day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? -1 : 1);
                day = day > last ? last : day;
            }

            var local = day.ToDateTime(new TimeOnly(8 + random.Next(11), random.Next(60)));
            int? column = channel.Columns.Count > 0 ? channel.Columns[random.Next(channel.Columns.Count)] : null;
            yield return (channel.Id, column, unit, $"基准测试信息 {prefix}{i}", DateTime.SpecifyKind(local.AddHours(-8), DateTimeKind.Utc), day, $"{prefix}{i}");
        }
    }

    public static async Task BulkInsertAsync(DatabaseProvider provider, string connectionString, IEnumerable<(int Channel, int? Column, int Unit, string Title, DateTime Utc, DateOnly Day, string ExternalId)> rows)
    {
        var now = DateTime.UtcNow;
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var writer = await connection.BeginBinaryImportAsync(
                "COPY \"Postings\" (\"ChannelId\", \"ColumnId\", \"OrgUnitId\", \"Title\", \"PublishedAtUtc\", \"PublishedOn\", \"ExternalId\", \"CreatedAtUtc\", \"IsDemo\") FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(row.Channel, NpgsqlDbType.Integer);
                if (row.Column is { } column)
                {
                    await writer.WriteAsync(column, NpgsqlDbType.Integer);
                }
                else
                {
                    await writer.WriteNullAsync();
                }

                await writer.WriteAsync(row.Unit, NpgsqlDbType.Integer);
                await writer.WriteAsync(row.Title, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Utc, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(row.Day, NpgsqlDbType.Date);
                await writer.WriteAsync(row.ExternalId, NpgsqlDbType.Text);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            }

            await writer.CompleteAsync();
            return;
        }

        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync();
        await using (var pragma = sqlite.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        await using var insert = sqlite.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO \"Postings\" (\"ChannelId\", \"ColumnId\", \"OrgUnitId\", \"Title\", \"PublishedAtUtc\", \"PublishedOn\", \"ExternalId\", \"CreatedAtUtc\", \"IsDemo\") VALUES ($c, $col, $u, $t, $at, $on, $x, $now, 0)";
        var p = InsertParameters.Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            p[0].Value = row.Channel;
            p[1].Value = row.Column is { } c ? c : DBNull.Value;
            p[2].Value = row.Unit;
            p[3].Value = row.Title;
            p[4].Value = row.Utc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            p[5].Value = row.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            p[6].Value = row.ExternalId;
            p[7].Value = now.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
