using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Data.Demo;
using OpenGovDashboard.Web.Domain.AnnualReports;
using OpenGovDashboard.Web.Domain.Requests;
using OpenGovDashboard.Web.Features.AnnualReports;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// A published report saved as a unit's year (第二十条, indicators, tables 三/四) and what next year's report takes from it:
/// 上一年项目数量, 上年结转, last year's values beside this year's; section 六's fee sentence; the narrative's numbers
/// checked against the data.
/// </summary>
public sealed partial class AnnualReportImportTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string Unit = "罗甸县教育局";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// The reference report's tables as <paramref name="year"/>'s report of a unit, with a line of narrative quoting two
    /// indicators, and <paramref name="carried"/> requests of natural persons received and still open at the year's end.
    /// </summary>
    private static AnnualReportData Report(int year, int carried, out string text)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "luodian-2019-tables.txt"))
            .Select(l => l.Replace("2019年", $"{year}年", StringComparison.Ordinal)).ToList();
        lines.Insert(1, $"一、总体情况 {year}年，在门户网站主动公开了12件人大代表建议和3件政协委员提案的办理工作情况。");
        void Add(string label, int amount)
        {
            var at = lines.FindIndex(l => l.StartsWith(label, StringComparison.Ordinal));
            foreach (var offset in new[] { 1, 7 })
            {
                lines[at + offset] = LeadingNumber().Replace(lines[at + offset], m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + amount).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Add("一、本年新收政府信息公开申请数量", carried);
        Add("四、结转下年度继续办理", carried);
        text = string.Join('\n', lines);
        return AnnualReportParser.ParseText(text);
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();

    private async Task<int> UnitIdAsync(string name)
    {
        await using var db = fixture.CreateDbContext();
        return await db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync(Cancellation);
    }

    [Fact]
    public async Task AnAdminSavesAParsedReportAsAUnitsYearAndSavingItAgainChangesNothing()
    {
        var unit = await UnitIdAsync(Unit);
        var report = Report(2016, 0, out var text);
        var indicators = ParsedReportCommands.IndicatorsQuoted(text);
        Assert.Equal(new Dictionary<string, decimal> { [YearlyIndicatorKeys.NpcSuggestionsPublished] = 12, [YearlyIndicatorKeys.CppccProposalsPublished] = 3 }, indicators);

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ParsedReportCommands>();
        var admin = TestPrincipals.As("admin", Roles.Admin);
        var (saved, outcome, comparison) = await commands.SaveAsync(admin, UnitScope.CountyWide, unit, report, indicators, overwrite: false, Cancellation);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        Assert.Equal(ParsedReportSaveOutcome.Saved, outcome);
        Assert.DoesNotContain(comparison!.Differences, d => d.Overwrites);

        // Stored as entered figures: blanks stay blank (no row), 减3 is −3; the tables and the indicators beside them.
        await using (var db = fixture.CreateDbContext())
        {
            var cells = await db.Article20Values.Where(v => v.Year == 2016 && v.OrgUnitId == unit).ToListAsync(Cancellation);
            Assert.Equal(-3m, cells.Single(c => c.Item == "行政许可" && c.Column == 1).Value);
            Assert.DoesNotContain(cells, c => c.Item == "规章" && c.Column == 1);
            Assert.Equal(0m, cells.Single(c => c.Item == "规章" && c.Column == 0).Value);
            Assert.Equal(12m, (await db.YearlyIndicators.SingleAsync(i => i.Year == 2016 && i.OrgUnitId == unit && i.Key == YearlyIndicatorKeys.NpcSuggestionsPublished, Cancellation)).Value);
            var tables = await db.ReportedRequestTables.SingleAsync(t => t.Year == 2016 && t.OrgUnitId == unit, Cancellation);
            Assert.Equal(report.Requests.Rows.Select(r => r.Values.ToArray()), tables.Requests().Rows.Select(r => r.Values.ToArray()));
        }

        var audits = await AuditCountAsync();
        var (_, again, _) = await commands.SaveAsync(admin, UnitScope.CountyWide, unit, report, indicators, overwrite: false, Cancellation);
        Assert.Equal(ParsedReportSaveOutcome.Unchanged, again);
        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task AReportThatDiffersFromTheStoredYearIsOnlySavedAfterConfirmingTheListedDifferences()
    {
        var unit = await UnitIdAsync(Unit);
        var first = Report(2015, 0, out _);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ParsedReportCommands>();
        var admin = TestPrincipals.As("admin", Roles.Admin);
        Assert.Equal(ParsedReportSaveOutcome.Saved, (await commands.SaveAsync(admin, UnitScope.CountyWide, unit, first, new Dictionary<string, decimal>(), false, Cancellation)).Outcome);

        var corrected = first with
        {
            Article20 = [.. first.Article20.Select(e => e.Item == "行政许可" ? e with { Values = [210m, -3m, 14352m] } : e)],
        };
        var (_, outcome, comparison) = await commands.SaveAsync(admin, UnitScope.CountyWide, unit, corrected, new Dictionary<string, decimal>(), false, Cancellation);
        Assert.Equal(ParsedReportSaveOutcome.NeedsConfirmation, outcome);
        var difference = Assert.Single(comparison!.Differences);
        Assert.Equal(("第二十条第（五）项 行政许可 · 上一年项目数量", "211", "210", true), (difference.Where, difference.Stored, difference.Parsed, difference.Overwrites));
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(211m, (await db.Article20Values.SingleAsync(v => v.Year == 2015 && v.OrgUnitId == unit && v.Item == "行政许可" && v.Column == 0, Cancellation)).Value);
        }

        // Someone changes the stored year while the list is on screen: the confirmation no longer covers it.
        await using (var db = fixture.CreateDbContext())
        {
            var cell = await db.Article20Values.SingleAsync(v => v.Year == 2015 && v.OrgUnitId == unit && v.Item == "行政许可" && v.Column == 0, Cancellation);
            cell.Value = 212m;
            await db.SaveChangesAsync(Cancellation);
        }

        var (_, stale, fresh) = await commands.SaveAsync(admin, UnitScope.CountyWide, unit, corrected, new Dictionary<string, decimal>(), true, Cancellation, confirmed: comparison);
        Assert.Equal(ParsedReportSaveOutcome.NeedsConfirmation, stale);
        Assert.Equal("212", Assert.Single(fresh!.Differences).Stored);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(212m, (await db.Article20Values.SingleAsync(v => v.Year == 2015 && v.OrgUnitId == unit && v.Item == "行政许可" && v.Column == 0, Cancellation)).Value);
        }

        Assert.Equal(ParsedReportSaveOutcome.Saved, (await commands.SaveAsync(admin, UnitScope.CountyWide, unit, corrected, new Dictionary<string, decimal>(), true, Cancellation, confirmed: fresh)).Outcome);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(210m, (await db.Article20Values.SingleAsync(v => v.Year == 2015 && v.OrgUnitId == unit && v.Item == "行政许可" && v.Column == 0, Cancellation)).Value);
        }
    }

    [Fact]
    public async Task OnlyAnAdminMaySaveAReportAndAReportInTheWrongFormForItsYearIsRefused()
    {
        var unit = await UnitIdAsync(Unit);
        var report = Report(2014, 0, out _);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ParsedReportCommands>();
        var editor = TestPrincipals.As("edu", Roles.DepartmentEditor, unit);
        var editorScope = await scope.ServiceProvider.GetRequiredService<UnitScopeService>().ForAsync(editor, Cancellation);
        foreach (var (user, userScope) in new[] { (editor, editorScope), (TestPrincipals.As("leader", Roles.Leader), UnitScope.CountyWide) })
        {
            var (result, outcome, _) = await commands.SaveAsync(user, userScope, unit, report, new Dictionary<string, decimal>(), true, Cancellation);
            Assert.Equal((ParsedReportSaveOutcome.Refused, "permission"), (outcome, Assert.Single(result.Errors).Field));
        }

        var (wrong, refused, _) = await commands.SaveAsync(TestPrincipals.As("admin", Roles.Admin), UnitScope.CountyWide, unit, report with { Form = ReportForm.Form2021 },
            new Dictionary<string, decimal>(), true, Cancellation);
        Assert.Equal((ParsedReportSaveOutcome.Refused, "form"), (refused, Assert.Single(wrong.Errors).Field));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Article20Values.AnyAsync(v => v.Year == 2014 && v.OrgUnitId == unit, Cancellation));
        Assert.False(await db.ReportedRequestTables.AnyAsync(t => t.Year == 2014 && t.OrgUnitId == unit, Cancellation));
    }

    [Fact]
    public async Task NextYearsReportTakesItsCarryOverAndPreviousYearCountsFromTheSavedReportAndShowsLastYearBeside()
    {
        var unit = await UnitIdAsync(Unit);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ParsedReportCommands>();
        var report = Report(2017, 2, out _);
        Assert.Equal(2, report.ToRequestTable().Value("4", RequestTable.TotalColumn));
        Assert.Equal(ParsedReportSaveOutcome.Saved, (await commands.SaveAsync(TestPrincipals.As("admin", Roles.Admin), UnitScope.CountyWide, unit, report,
            new Dictionary<string, decimal>(), false, Cancellation)).Outcome);

        // 2018: the register has no request of the unit in 2017, so 二、上年结转 is the report's 四; 上一年项目数量 left
        // blank follows from 2017's (211 减3 → 208), marked as derived.
        var view = await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().ViewAsync(2018, unit, Cancellation);
        Assert.True(view.CarryOverFromReport);
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], view.Data.ToRequestTable().Line("2").Values);
        var carryOver = Assert.Single(view.Data.Checks, c => c.Rule == TableCheckRules.CrossYearCarryOver);
        Assert.True(carryOver.Passed, carryOver.Detail);
        Assert.Equal([208m, null, null], view.Data.Article20Item("行政许可")!.Values);
        Assert.Equal([163m, null, null], view.Data.Article20Item("其他对外管理服务事项")!.Values);
        Assert.Contains(("行政许可", 0), view.Derived);
        Assert.Equal(2017, view.PreviousYear!.Year);

        // The entry page shows 2017's value beside each 2018 field; a blank of 2017 is known to be blank.
        var figures = await scope.ServiceProvider.GetRequiredService<ReportFigureCommands>().LoadAsync(UnitScope.CountyWide, 2018, unit, Cancellation);
        Assert.Equal(211m, figures.Previous[ReportFigureCommands.Key("第二十条第（五）项", "行政许可", 0)]);
        Assert.Equal(-3m, figures.Previous[ReportFigureCommands.Key("第二十条第（五）项", "行政许可", 1)]);
        Assert.True(figures.Previous.ContainsKey(ReportFigureCommands.Key("第二十条第（一）项", "规章", 1)));
        Assert.Null(figures.Previous[ReportFigureCommands.Key("第二十条第（一）项", "规章", 1)]);
        Assert.Equal(208m, figures.Suggested[ReportFigureCommands.Key("第二十条第（五）项", "行政许可", 0)]);

        // An entered value is kept as entered, and the check compares it with last year.
        var entry = await scope.ServiceProvider.GetRequiredService<ReportFigureCommands>().SaveAsync(TestPrincipals.As("admin", Roles.Admin), UnitScope.CountyWide, 2018, unit,
            new Dictionary<string, decimal?> { [ReportFigureCommands.Key("第二十条第（五）项", "行政许可", 0)] = 209 }, new Dictionary<string, decimal?>(), Cancellation);
        Assert.True(entry.Succeeded);
        var entered = await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().ViewAsync(2018, unit, Cancellation);
        Assert.Equal(209m, entered.Data.Article20Item("行政许可")!.Values[0]);
        Assert.DoesNotContain(("行政许可", 0), entered.Derived);
        Assert.False(entered.Data.Checks.Single(c => c.Rule == TableCheckRules.Article20PreviousYear).Passed);
    }

    [Fact]
    public async Task SectionSixOfA2021FormYearStatesTheFeesTheRegisterRecordedOrThatNoneWereCharged()
    {
        var county = await UnitIdAsync(LuodianDemoData.County);
        var unit = await UnitIdAsync(Unit);
        var other = await UnitIdAsync("罗甸县公安局");
        await using (var db = fixture.CreateDbContext())
        {
            foreach (var (reference, fen) in new[] { ("FEE-2021-1", 3000L), ("FEE-2021-2", 4550L) })
            {
                db.Requests.Add(new RegisteredRequest
                {
                    Reference = reference, Subject = "复制档案材料", ApplicantType = ApplicantType.NaturalPerson, HandlingOrgUnitId = unit, Channel = ReceiptChannel.InPerson,
                    ReceivedOn = new DateOnly(2021, 3, 1), CreatedAtUtc = DateTime.UtcNow,
                    Steps =
                    [
                        new RegisteredRequestStep { Sequence = 0, Kind = RequestStepKind.Received, On = new DateOnly(2021, 3, 1), Channel = ReceiptChannel.InPerson },
                        new RegisteredRequestStep { Sequence = 1, Kind = RequestStepKind.FeeCharged, On = new DateOnly(2021, 3, 10), AmountFen = fen },
                    ],
                });
            }

            await db.SaveChangesAsync(Cancellation);
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var narrative = scope.ServiceProvider.GetRequiredService<AnnualReportNarrative>();
        Assert.Equal("本年度共收取信息处理费2件、75.5元。", await narrative.SectionSixAsync(2021, unit, Cancellation));
        Assert.Equal("本年度共收取信息处理费2件、75.5元。", await narrative.SectionSixAsync(2021, county, Cancellation));
        Assert.Equal("本年度无收取信息处理费情况，收取信息处理费0元。", await narrative.SectionSixAsync(2021, other, Cancellation));
        Assert.Equal("本年度无收取信息处理费情况，收取信息处理费0元。", await narrative.SectionSixAsync(2022, unit, Cancellation));
        Assert.Equal("无。", await narrative.SectionSixAsync(2019, unit, Cancellation));

        // The document of a year nothing was saved for prints the drafted sentence.
        var sections = await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().SectionsAsync(OpenGovDashboard.Web.Auth.UnitScope.CountyWide, 2021, unit, Cancellation);
        Assert.Equal("本年度共收取信息处理费2件、75.5元。", sections.Six);
    }

    [Fact]
    public async Task TheDraftedNarrativeAgreesWithItsOwnDataAndAChangedNumberIsWarned()
    {
        var county = await UnitIdAsync(LuodianDemoData.County);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var narrative = scope.ServiceProvider.GetRequiredService<AnnualReportNarrative>();
        var data = await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().DataAsync(2019, county, Cancellation);
        var facts = await narrative.FactsAsync(data, county, Cancellation);
        var one = (await narrative.DraftAsync(2019, county, Cancellation)).SectionOne;

        Assert.True(NarrativeFigures.Find(one).Count >= 15);
        Assert.Empty(NarrativeFigures.Check([("一", one)], facts));

        var edited = one.Replace("办理依申请公开政府信息共7条", "办理依申请公开政府信息共12条", StringComparison.Ordinal)
            .Replace("发布信息10621条", "发布信息10620条", StringComparison.Ordinal);
        var warnings = NarrativeFigures.Check([("一", edited), ("五", "全年主动公开政府信息13000条。")], facts);
        Assert.Equal(
            [(NarrativeFigure.RequestsReceived, 12m, "一"), (NarrativeFigure.PortalPostings, 10620m, "一"), (NarrativeFigure.ProactivePostings, 13000m, "五")],
            warnings.Select(w => (w.Quote.Figure, w.Quote.Value, w.Section)).OrderBy(w => w.Section).ThenBy(w => w.Figure));
        Assert.Equal([7m], warnings.Single(w => w.Quote.Figure == NarrativeFigure.RequestsReceived).Expected);

        // Warnings are not checks: the data's checks still all pass.
        Assert.All(data.Checks, c => Assert.True(c.Passed, c.Detail));
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditEntries.CountAsync(Cancellation);
    }
}
