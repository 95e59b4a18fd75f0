using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Targets;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// Setting targets (leaders and admins only, checked by the commands themselves), bulk edit, copying a year, the
/// leading group's settings, the nightly snapshot and the leading group's view — on the demo database. Tests write
/// 2021 targets so the demo's 2019/2020 figures stay as the other tests expect.
/// </summary>
public sealed class TargetCommandTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static ClaimsPrincipal As(string name, string role, int? unitId = null) => TestPrincipals.As(name, role, unitId);

    private static T Get<T>(AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    private async Task<int> UnitIdAsync(string name)
    {
        await using var db = fixture.CreateDbContext();
        return await db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync(Cancellation);
    }

    private async Task<int> TargetCountAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Targets.CountAsync(Cancellation);
    }

    [Fact]
    public async Task ADepartmentEditorCanSetNoTargetByAnyCommandAndNothingIsWritten()
    {
        var education = await UnitIdAsync("罗甸县教育局");
        var editor = As("editor-edu", Roles.DepartmentEditor, education);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = Get<TargetCommands>(scope);
        var before = await TargetCountAsync();
        int anyTarget;
        await using (var db = fixture.CreateDbContext())
        {
            anyTarget = await db.Targets.Where(t => t.OrgUnitId == education).Select(t => t.Id).FirstAsync(Cancellation);
        }

        var (saved, _) = await commands.SaveAsync(editor, null, new TargetInput
        {
            Period = "2021", OrgUnitId = education, Metric = TargetMetric.Postings, Value = 1, Direction = TargetDirection.AtLeast,
        }, Cancellation);
        var (bulk, _) = await commands.BulkSetAsync(editor, new BulkTargetInput
        {
            Period = "2021", Metric = TargetMetric.Postings, Direction = TargetDirection.AtLeast, Values = { [education] = 5 },
        }, Cancellation);
        var copied = await commands.CopyYearAsync(editor, 2020, 2021, TargetCopyMode.SameValues, 0, Cancellation);
        var deleted = await commands.DeleteAsync(editor, anyTarget, Cancellation);
        var settings = await Get<AssessmentSettingsStore>(scope).SaveAsync(editor, AssessmentSettings.Default with { AtRiskBelow = 0.5, BehindBelow = 0.4 }, Cancellation);

        foreach (var result in new[] { saved, bulk, copied.Result, deleted, settings })
        {
            Assert.False(result.Succeeded);
            Assert.Equal("permission", Assert.Single(result.Errors).Field);
        }

        Assert.Equal(before, await TargetCountAsync());
        Assert.Equal(AssessmentSettings.Default, await Get<AssessmentSettingsStore>(scope).GetAsync(Cancellation));
    }

    [Fact]
    public async Task ALeaderSetsEditsAndRemovesATargetAndASecondOfTheSameKindIsRefused()
    {
        var police = await UnitIdAsync("罗甸县公安局");
        var leader = As("leader", Roles.Leader);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = Get<TargetCommands>(scope);
        var input = new TargetInput
        {
            Period = "2021-Q3", OrgUnitId = police, Metric = TargetMetric.PostingsByChannelKind, MetricKey = "weChat", Value = 90, Direction = TargetDirection.AtLeast,
        };

        var (created, id) = await commands.SaveAsync(leader, null, input, Cancellation);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        await using (var db = fixture.CreateDbContext())
        {
            var target = await db.Targets.SingleAsync(t => t.Id == id, Cancellation);
            Assert.Equal((new DateOnly(2021, 7, 1), new DateOnly(2021, 9, 30), "WeChat"), (target.PeriodStart, target.PeriodEnd, target.MetricKey));
            Assert.Equal("leader", target.CreatedBy);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "target.create" && a.EntityId == id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Cancellation));
        }

        var (duplicate, _) = await commands.SaveAsync(leader, null, input, Cancellation);
        Assert.Equal("metric", Assert.Single(duplicate.Errors).Field);

        input.Value = 120;
        Assert.True((await commands.SaveAsync(leader, id, input, Cancellation)).Result.Succeeded);
        Assert.True((await commands.DeleteAsync(leader, id!.Value, Cancellation)).Succeeded);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.False(await db.Targets.AnyAsync(t => t.Id == id, Cancellation));
        }
    }

    [Theory]
    [InlineData("2021-13", TargetMetric.Postings, null, TargetDirection.AtLeast, "period")]
    [InlineData("2021", TargetMetric.PostingsByChannelKind, "Fax", TargetDirection.AtLeast, "metricKey")]
    [InlineData("2021", TargetMetric.PostingsByChannel, "99999", TargetDirection.AtLeast, "metricKey")]
    [InlineData("2021", TargetMetric.DaysSinceLastUpdate, "column:99999", TargetDirection.AtMost, "metricKey")]
    public async Task BadTargetsNameTheirField(string period, TargetMetric metric, string? key, TargetDirection direction, string field)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var (result, _) = await Get<TargetCommands>(scope).SaveAsync(As("admin", Roles.Admin), null, new TargetInput
        {
            Period = period, Metric = metric, MetricKey = key, Value = 10, Direction = direction,
        }, Cancellation);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public async Task BulkEditSetsChangesAndRemovesTargetsAcrossUnitsInOneAuditedStep()
    {
        var units = new[] { await UnitIdAsync("罗甸县教育局"), await UnitIdAsync("罗甸县公安局"), await UnitIdAsync("龙坪镇") };
        var admin = As("admin", Roles.Admin);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = Get<TargetCommands>(scope);
        var input = new BulkTargetInput
        {
            Period = "2021-06", Metric = TargetMetric.TrainingsHeld, Direction = TargetDirection.AtLeast,
            Values = { [units[0]] = 2, [units[1]] = 1, [units[2]] = 3 },
        };
        Assert.Equal(3, (await commands.BulkSetAsync(admin, input, Cancellation)).Changed);

        // Again with one value changed and one emptied: 1 updated, 1 removed, 1 untouched.
        input.Values[units[1]] = null;
        input.Values[units[2]] = 4;
        Assert.Equal(2, (await commands.BulkSetAsync(admin, input, Cancellation)).Changed);
        Assert.Equal(0, (await commands.BulkSetAsync(admin, input, Cancellation)).Changed);

        await using var db = fixture.CreateDbContext();
        var values = await db.Targets.Where(t => t.Period == "2021-06" && t.Metric == TargetMetric.TrainingsHeld)
            .ToDictionaryAsync(t => t.OrgUnitId!.Value, t => t.Value, Cancellation);
        Assert.Equal(new Dictionary<int, double> { [units[0]] = 2, [units[2]] = 4 }, values);
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == "target.bulk" && a.Summary!.Contains("period=2021-06"), Cancellation));
    }

    [Fact]
    public async Task CopyingAYearAddsItsTargetsOnceAndKeepsWhatTheNewYearHas()
    {
        var admin = As("admin", Roles.Admin);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = Get<TargetCommands>(scope);

        // 2019 → 2020: the demo already derived every 2020 target, so nothing is added.
        var into2020 = await commands.CopyYearAsync(admin, 2019, 2020, TargetCopyMode.FromActuals, 10, Cancellation);
        Assert.Equal((0, 12), (into2020.Added, into2020.Skipped));

        // 2020 → 2022 from 2019's pattern: the same values, then once more adds nothing.
        var first = await commands.CopyYearAsync(admin, 2020, 2022, TargetCopyMode.SameValues, 0, Cancellation);
        var second = await commands.CopyYearAsync(admin, 2020, 2022, TargetCopyMode.SameValues, 0, Cancellation);
        Assert.Equal((12, 0), (first.Added, first.Skipped));
        Assert.Equal((0, 12), (second.Added, second.Skipped));
        await using var db = fixture.CreateDbContext();
        var total2020 = await db.Targets.SingleAsync(t => t.Period == "2020" && t.OrgUnitId == null && t.Metric == TargetMetric.Postings, Cancellation);
        var total2022 = await db.Targets.SingleAsync(t => t.Period == "2022" && t.OrgUnitId == null && t.Metric == TargetMetric.Postings, Cancellation);
        Assert.Equal(total2020.Value, total2022.Value);
        Assert.Equal(new DateOnly(2022, 12, 31), total2022.PeriodEnd);
    }

    [Fact]
    public async Task TheNightlySnapshotBackFillsEachDayOnceAndTheLeadingGroupSeesLastMonthAndTheRanking()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var job = Get<TargetSnapshotJob>(scope);
        await job.RunAsync(Cancellation);
        await using (var db = fixture.CreateDbContext())
        {
            // Every 2019 target has one snapshot per finished day: 2019-01-01 … 2019-12-30 (the demo's today is 12-31).
            var perTarget = await db.TargetSnapshots.GroupBy(s => s.TargetId).Select(g => new { Count = g.Count(), Last = g.Max(s => s.Day) }).ToListAsync(Cancellation);
            Assert.Equal(12, perTarget.Count);
            Assert.All(perTarget, t => Assert.Equal((364, new DateOnly(2019, 12, 30)), (t.Count, t.Last)));
        }

        int count;
        await using (var db = fixture.CreateDbContext())
        {
            count = await db.TargetSnapshots.CountAsync(Cancellation);
        }

        Assert.Contains("0 snapshots", await job.RunAsync(Cancellation));
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(count, await db.TargetSnapshots.CountAsync(Cancellation));

            // The weibo line rises to 103 by the last day; its snapshot of 11-30 is what "since last month" compares with.
            var weibo = await db.Targets.SingleAsync(t => t.Period == "2019" && t.MetricKey == "Weibo", Cancellation);
            var line = await db.TargetSnapshots.Where(s => s.TargetId == weibo.Id).OrderBy(s => s.Day).Select(s => s.Actual).ToListAsync(Cancellation);
            Assert.True(line.SequenceEqual(line.Order()), "a cumulative line never falls");
            Assert.InRange(line[^1], 100, 103);
        }

        var view = await Get<LeadingGroupQueries>(scope).ViewAsync(UnitScope.CountyWide, 2019, new DateOnly(2019, 12, 31), Cancellation);
        Assert.Equal(new DateOnly(2019, 11, 30), view.ComparedWith);
        Assert.All(view.Rows, r => Assert.NotNull(r.LastMonth));
        Assert.Contains(view.Rows, r => r.Now.Progress.Status is TargetStatus.AtRisk or TargetStatus.Behind);
        Assert.Equal(["罗甸县公安局", "罗甸县教育局", "龙坪镇"], view.Ranking.Select(r => r.Unit).Order(StringComparer.Ordinal));
        Assert.Equal(3, view.RankingThen.Count);
        Assert.Equal([1, 2, 3], view.Ranking.Select(r => r.Rank).Order());

        // A department editor sees the ranking of every unit but only the county's and its own targets.
        var education = await UnitIdAsync("罗甸县教育局");
        var editorScope = await Get<UnitScopeService>(scope).ForAsync(As("editor-edu", Roles.DepartmentEditor, education), Cancellation);
        var editorView = await Get<LeadingGroupQueries>(scope).ViewAsync(editorScope, 2019, new DateOnly(2019, 12, 31), Cancellation);
        Assert.Equal(3, editorView.Ranking.Count);
        Assert.All(editorView.Rows, r => Assert.True(r.Now.OrgUnitId is null || r.Now.OrgUnitId == education));
        Assert.Equal(view.Rows.Count - 2, editorView.Rows.Count);
        Assert.Null(await Get<LeadingGroupQueries>(scope).LineAsync(editorScope, view.Rows.First(r => r.Now.OrgUnit == "龙坪镇").Now.TargetId, new DateOnly(2019, 12, 31), Cancellation));
    }

    [Fact]
    public async Task TheLeadingGroupsExportIsAWorkbookForEveryReaderAndScopedForAUnitKey()
    {
        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardAppFactory.AdminApiKey);
        using var response = await client.GetAsync(new Uri("/api/v1/leading-group/export?year=2019", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        using var book = new MemoryStream(bytes);
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(book);
        Assert.Equal(["目标进度", "单位排名", "说明"], sheets);
        book.Position = 0;
        var ranking = MiniExcelLibs.MiniExcel.Query(book, useHeaderRow: true, sheetName: "单位排名").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, ranking.Count);

        using var anonymous = fixture.Factory.CreateClient();
        using var refused = await anonymous.GetAsync(new Uri("/api/v1/leading-group/export?year=2019", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task ThresholdsTheGroupSetsChangeTheStatusesEveryoneSees()
    {
        var admin = As("admin", Roles.Admin);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var store = Get<AssessmentSettingsStore>(scope);
        var queries = Get<TargetQueries>(scope);
        var asOf = new DateOnly(2019, 12, 31);
        try
        {
            var before = await queries.ProgressAsync(UnitScope.CountyWide, 2019, asOf, Cancellation);
            Assert.Contains(before, r => r.Progress.Status == TargetStatus.Behind);

            // With "behind" only below 1 %, nothing that has made any progress is behind.
            var saved = await store.SaveAsync(admin, new AssessmentSettings(0.02, 0.01, 70, 30, 1.0), Cancellation);
            Assert.True(saved.Succeeded);
            var after = await queries.ProgressAsync(UnitScope.CountyWide, 2019, asOf, Cancellation);
            Assert.DoesNotContain(after, r => r.Progress.Status == TargetStatus.Behind && r.Progress.Actual > 0 && r.Direction == TargetDirection.AtLeast);

            var bad = await store.SaveAsync(admin, new AssessmentSettings(0.5, 0.6, 70, 30, 1.0), Cancellation);
            Assert.Equal("AtRiskBelow", Assert.Single(bad.Errors).Field);
        }
        finally
        {
            await store.SaveAsync(admin, AssessmentSettings.Default, Cancellation);
        }
    }

    [Fact]
    public async Task AUnitScopedReaderGetsTheCountysTargetsAndItsOwnFromTheApi()
    {
        var education = await UnitIdAsync("罗甸县教育局");
        var key = await CreateScopedReadOnlyKeyAsync(education);
        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var rows = (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/targets/progress?year=2019", UriKind.Relative), Cancellation)).EnumerateArray().ToList();
        var units = rows.Select(r => r.GetProperty("orgUnit").GetString()).Distinct().ToList();
        Assert.Equal([null, "罗甸县教育局"], units.Order(StringComparer.Ordinal));
    }

    private async Task<string> CreateScopedReadOnlyKeyAsync(int unitId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<OpenGovDashboard.Web.Features.Administration.ApiKeyAdministration>();
        var (_, secret) = await keys.CreateAsync("test", "edu-reader-" + Guid.NewGuid().ToString("N")[..6], ApiKeyRole.ReadOnly, unitId, Cancellation);
        return secret!;
    }
}
