using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.Requests;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>The demo's register on each real database: tables 三 and 四 of 2019 and the year's figures, through the API.</summary>
public abstract class RequestRegisterTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TablesThreeAndFourOf2019FromTheRegisterEqualTheReferenceReportCellByCell()
    {
        fixture.RequireDatabase();
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var tables = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/requests/tables?year=2019", UriKind.Relative), Cancellation);
        Assert.Equal("2019", tables.GetProperty("form").GetString());
        var rows = tables.GetProperty("requests").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("label").GetString()!, r => r.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()).ToArray());

        // The reference report: 7 received (all natural persons), 6 disclosed, 1 partly, nothing carried either way.
        int[] seven = [7, 0, 0, 0, 0, 0, 7];
        Assert.Equal(23, rows.Count);
        Assert.Equal(seven, rows["一、本年新收政府信息公开申请数量"]);
        Assert.Equal([6, 0, 0, 0, 0, 0, 6], rows["（一）予以公开"]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], rows["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]);
        Assert.Equal(seven, rows["（七）总计"]);
        var rest = rows.Where(r => r.Key is not ("一、本年新收政府信息公开申请数量" or "（一）予以公开" or "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" or "（七）总计"));
        Assert.All(rest, r => Assert.Equal(new int[7], r.Value));

        Assert.Equal(new int[15], tables.GetProperty("reviews").GetProperty("values").EnumerateArray().Select(v => v.GetInt32()).ToArray());
        Assert.All(tables.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean(), c.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task TheYearsFiguresAreSevenReceivedAllAnsweredOnTime()
    {
        fixture.RequireDatabase();
        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, null, Cancellation);
        var stats = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/requests/stats?year=2019", UriKind.Relative), Cancellation);
        Assert.Equal((7, 0, 0, 0), (stats.GetProperty("received").GetInt32(), stats.GetProperty("open").GetInt32(), stats.GetProperty("overdue").GetInt32(), stats.GetProperty("dueSoon").GetInt32()));
        Assert.Equal(100, stats.GetProperty("onTimeRate").GetDouble());
        var byResult = stats.GetProperty("byResult").EnumerateArray().ToDictionary(r => r.GetProperty("result").GetString()!, r => r.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["disclosed"] = 6, ["partiallyDisclosed"] = 1 }, byResult);
    }
}

public sealed class SqliteRequestRegisterTests(SqliteAppFixture fixture) : RequestRegisterTests<SqliteAppFixture>(fixture);

public sealed class PostgreSqlRequestRegisterTests(PostgreSqlAppFixture fixture) : RequestRegisterTests<PostgreSqlAppFixture>(fixture);

/// <summary>
/// A request's life through the commands, on the demo database (its own copy: these tests add 2019 requests): a letter
/// received before 国庆 2019, a late 补正 notice, the restart, the answer; extensions for approvers only; another unit's
/// editor sees nothing of it; the morning job's alerts follow what is overdue.
/// </summary>
public sealed class RequestCommandTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static ClaimsPrincipal As(string name, string role, int? unitId = null) => TestPrincipals.As(name, role, unitId);

    private async Task<int> UnitIdAsync(string name)
    {
        await using var db = fixture.CreateDbContext();
        return await db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync(Cancellation);
    }

    [Fact]
    public async Task ALetterBeforeNationalDayWithALateCorrectionNoticeRestartsTheClockAndIsAnsweredOnTime()
    {
        var education = await UnitIdAsync("罗甸县教育局");
        var editor = As("edu-editor", Roles.DepartmentEditor, education);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<RequestCommands>();
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueries>();
        var editorScope = await scope.ServiceProvider.GetRequiredService<UnitScopeService>().ForAsync(editor, Cancellation);

        var (registered, id) = await commands.RegisterAsync(editorScope, "edu-editor", new RequestInput
        {
            Subject = "2019年秋季学期义务教育学校招生划片范围", ApplicantType = ApplicantType.NaturalPerson, HandlingOrgUnitId = education,
            Channel = ReceiptChannel.Letter, ArrivedOn = new DateOnly(2019, 9, 23), SignedForOn = new DateOnly(2019, 9, 24),
        }, Cancellation);
        Assert.True(registered.Succeeded, string.Join("; ", registered.Errors));

        // Signed for Tue 09-24: 1–3 09-25…27, 4 Sun 09-29 (班), 5 09-30, 国庆 10-01…07 off, 6–9 10-08…11, 10 Sat 10-12 (班),
        // 11–15 10-14…18, 16–20 10-21…25. The 补正 notice was due within 7: 09-25, 26, 27, 29, 30, 10-08, 10-09.
        var detail = await queries.DetailAsync(editorScope, id!.Value, new DateOnly(2019, 10, 9), Cancellation);
        Assert.Equal((new DateOnly(2019, 9, 24), new DateOnly(2019, 10, 25), new DateOnly(2019, 10, 9)),
            (detail!.Item.Deadline.ReceivedOn, detail.Item.Deadline.DueDate!.Value, detail.Item.Deadline.CorrectionNoticeDue));

        Assert.True((await commands.AddStepAsync(editor, editorScope, id.Value, new RequestStepInput
        {
            Kind = RequestStepKind.CorrectionRequested, On = new DateOnly(2019, 10, 10), Note = "请说明所问学校名称",
        }, Cancellation)).Succeeded);
        Assert.True((await commands.AddStepAsync(editor, editorScope, id.Value, new RequestStepInput
        {
            Kind = RequestStepKind.CorrectionReceived, On = new DateOnly(2019, 10, 15),
        }, Cancellation)).Succeeded);

        // From the corrected application (Tue 10-15): 1–3 10-16…18, 4–8 10-21…25, 9–13 10-28…11-01, 14–18 11-04…08, 19 11-11, 20 11-12.
        detail = await queries.DetailAsync(editorScope, id.Value, new DateOnly(2019, 10, 20), Cancellation);
        Assert.Equal(new DateOnly(2019, 10, 15), detail!.Item.Deadline.ClockStart);
        Assert.Equal(new DateOnly(2019, 11, 12), detail.Item.Deadline.DueDate);
        Assert.True(detail.Item.Deadline.CorrectionNoticeLate);

        // An editor may not extend; the answer on 11-08 is on time.
        var extension = await commands.AddStepAsync(editor, editorScope, id.Value, new RequestStepInput
        {
            Kind = RequestStepKind.ExtensionGranted, On = new DateOnly(2019, 11, 1), WorkingDays = 10, Reason = "需调取档案",
        }, Cancellation);
        Assert.Equal("permission", Assert.Single(extension.Errors).Field);
        Assert.True((await commands.AddStepAsync(editor, editorScope, id.Value, new RequestStepInput
        {
            Kind = RequestStepKind.Answered, On = new DateOnly(2019, 11, 8), Result = RequestResult.Disclosed,
        }, Cancellation)).Succeeded);
        detail = await queries.DetailAsync(editorScope, id.Value, new DateOnly(2019, 12, 31), Cancellation);
        Assert.Equal(RequestStatus.AnsweredOnTime, detail!.Item.Deadline.Status);
        Assert.Equal(4, detail.Steps.Count);

        // A step out of order is refused with the validator's message, and nothing is written.
        var late = await commands.AddStepAsync(editor, editorScope, id.Value, new RequestStepInput { Kind = RequestStepKind.CorrectionReceived, On = new DateOnly(2019, 11, 9) }, Cancellation);
        Assert.False(late.Succeeded);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(4, await db.RequestSteps.CountAsync(s => s.RequestId == id.Value, Cancellation));
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(RegisteredRequest) && a.EntityId == id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Cancellation));
    }

    [Fact]
    public async Task AnotherUnitsEditorNeitherSeesNorTouchesTheRequest()
    {
        var education = await UnitIdAsync("罗甸县教育局");
        var police = await UnitIdAsync("罗甸县公安局");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<RequestCommands>();
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueries>();
        var scopes = scope.ServiceProvider.GetRequiredService<UnitScopeService>();
        var educationScope = await scopes.ForAsync(As("edu", Roles.DepartmentEditor, education), Cancellation);
        var policeEditor = As("police", Roles.DepartmentEditor, police);
        var policeScope = await scopes.ForAsync(policeEditor, Cancellation);
        var (_, id) = await commands.RegisterAsync(educationScope, "edu", new RequestInput
        {
            Reference = "TEST-SCOPE-1", Subject = "教育局的申请", ApplicantType = ApplicantType.NaturalPerson, HandlingOrgUnitId = education,
            Channel = ReceiptChannel.InPerson, ArrivedOn = new DateOnly(2019, 12, 2),
        }, Cancellation);

        Assert.Null(await queries.DetailAsync(policeScope, id!.Value, new DateOnly(2019, 12, 31), Cancellation));
        Assert.DoesNotContain(await queries.ListAsync(policeScope, new RequestFilter(2019), new DateOnly(2019, 12, 31), Cancellation), r => r.Id == id);
        await Assert.ThrowsAsync<UnitScopeViolationException>(() => commands.AddStepAsync(policeEditor, policeScope, id.Value,
            new RequestStepInput { Kind = RequestStepKind.Answered, On = new DateOnly(2019, 12, 10), Result = RequestResult.Disclosed }, Cancellation));
        await Assert.ThrowsAsync<UnitScopeViolationException>(() => commands.RegisterAsync(policeScope, "police", new RequestInput
        {
            Subject = "冒名登记", ApplicantType = ApplicantType.NaturalPerson, HandlingOrgUnitId = education, Channel = ReceiptChannel.InPerson, ArrivedOn = new DateOnly(2019, 12, 2),
        }, Cancellation));

        using var client = await fixture.ClientWithKeyAsync(ApiKeyRole.ReadOnly, "罗甸县公安局", Cancellation);
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/requests?year=2019", UriKind.Relative), Cancellation);
        Assert.DoesNotContain(listed.EnumerateArray(), r => r.GetProperty("reference").GetString() == "TEST-SCOPE-1");
        using var export = await client.GetAsync(new Uri("/api/v1/requests/export?year=2019", UriKind.Relative), Cancellation);
        var bytes = await export.Content.ReadAsByteArrayAsync(Cancellation);
        using var book = new MemoryStream(bytes);
        Assert.DoesNotContain(MiniExcelLibs.MiniExcel.Query(book, useHeaderRow: true).Cast<IDictionary<string, object?>>(), r => (string?)r["申请编号"] == "TEST-SCOPE-1");
    }

    [Fact]
    public async Task TheMorningJobAlertsTheUnitToAnOverdueRequestOnceAndResolvesItWhenAnswered()
    {
        var finance = await UnitIdAsync("罗甸县财政局");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<RequestCommands>();
        var job = scope.ServiceProvider.GetRequiredService<RequestDeadlineAlertJob>();

        // Online, confirmed Fri 11-01: 20 working days end Fri 11-29; on the demo's 12-31 it is overdue.
        var (_, id) = await commands.RegisterAsync(UnitScope.CountyWide, "admin", new RequestInput
        {
            Reference = "TEST-ALERT-1", Subject = "2019年县级财政专项资金分配情况", ApplicantType = ApplicantType.CommercialEnterprise, HandlingOrgUnitId = finance,
            Channel = ReceiptChannel.Online, ArrivedOn = new DateOnly(2019, 11, 1), ConfirmedOn = new DateOnly(2019, 11, 1),
        }, Cancellation);
        var key = $"request:{id}:overdue";

        await job.RunAsync(Cancellation);
        await job.RunAsync(Cancellation);
        await using (var db = fixture.CreateDbContext())
        {
            var alert = await db.Alerts.SingleAsync(a => a.Key == key, Cancellation);
            Assert.Equal((finance, (DateTime?)null), (alert.OrgUnitId!.Value, alert.ResolvedAtUtc));
            Assert.Contains("2019-11-29", alert.Message, StringComparison.Ordinal);
        }

        var bell = scope.ServiceProvider.GetRequiredService<OpenGovDashboard.Web.Features.Alerts.AlertService>();
        var financeScope = await scope.ServiceProvider.GetRequiredService<UnitScopeService>().ForAsync(As("fin", Roles.DepartmentEditor, finance), Cancellation);
        var educationScope = await scope.ServiceProvider.GetRequiredService<UnitScopeService>().ForAsync(As("edu", Roles.DepartmentEditor, await UnitIdAsync("罗甸县教育局")), Cancellation);
        Assert.Contains(await bell.OpenForAsync(financeScope, isAdmin: false, Cancellation), a => a.Key == key);
        Assert.DoesNotContain(await bell.OpenForAsync(educationScope, isAdmin: false, Cancellation), a => a.Key == key);

        var answered = await commands.AddStepAsync(As("admin", Roles.Admin), UnitScope.CountyWide, id!.Value,
            new RequestStepInput { Kind = RequestStepKind.Answered, On = new DateOnly(2019, 12, 31), Result = RequestResult.Disclosed }, Cancellation);
        Assert.True(answered.Succeeded, string.Join("; ", answered.Errors));
        await job.RunAsync(Cancellation);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.NotNull((await db.Alerts.SingleAsync(a => a.Key == key, Cancellation)).ResolvedAtUtc);
        }

        var item = await scope.ServiceProvider.GetRequiredService<RequestQueries>().DetailAsync(UnitScope.CountyWide, id.Value, new DateOnly(2019, 12, 31), Cancellation);
        Assert.Equal(RequestStatus.AnsweredLate, item!.Item.Deadline.Status);
    }

    [Fact]
    public async Task AReviewCaseLinkedToARequestCountsInTableFourOfItsFilingYearAndStaysInItsUnit()
    {
        var finance = await UnitIdAsync("罗甸县财政局");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<ReviewCaseCommands>();
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueries>();
        var (saved, _) = await cases.SaveAsync(UnitScope.CountyWide, "admin", null, new ReviewCaseInput
        {
            Reference = "黔南复决〔2019〕12号", Kind = ReviewCaseKind.AdministrativeReview, FiledOn = new DateOnly(2019, 7, 1),
            Outcome = ReviewOutcome.Corrected, DecidedOn = new DateOnly(2019, 9, 2), RequestReference = "LDYSQ-2019-006",
        }, Cancellation);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));

        var four = (await queries.TablesAsync(2019, null, Cancellation)).Four;
        Assert.Equal((1, 1), (four.Value(ReviewCaseKind.AdministrativeReview, ReviewOutcome.Corrected), four.Value(ReviewCaseKind.AdministrativeReview, null)));
        var financeOnly = (await queries.TablesAsync(2019, finance, Cancellation)).Four;
        var educationOnly = (await queries.TablesAsync(2019, await UnitIdAsync("罗甸县教育局"), Cancellation)).Four;
        Assert.Equal((1, 0), (financeOnly.Value(ReviewCaseKind.AdministrativeReview, null), educationOnly.Value(ReviewCaseKind.AdministrativeReview, null)));

        // An editor of another unit can neither see it nor record one for the finance bureau.
        var police = await scope.ServiceProvider.GetRequiredService<UnitScopeService>().ForAsync(As("police", Roles.DepartmentEditor, await UnitIdAsync("罗甸县公安局")), Cancellation);
        Assert.Empty(await queries.CasesAsync(police, 2019, Cancellation));
        await Assert.ThrowsAsync<UnitScopeViolationException>(() => cases.SaveAsync(police, "police", null, new ReviewCaseInput
        {
            Reference = "冒名", Kind = ReviewCaseKind.AdministrativeReview, FiledOn = new DateOnly(2019, 7, 1), Outcome = ReviewOutcome.Pending, OrgUnitId = finance,
        }, Cancellation));
    }
}
