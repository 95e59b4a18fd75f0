using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Features.Calendar;

namespace OpenGovDashboard.Tests.Targets;

/// <summary>The leading group's unit ranking: its formula, ties, ceilings, the cap, and configurable weights and thresholds.</summary>
public sealed class UnitRankingTests
{
    private static RankingInput Floor(int unit, string name, double target, double actual, double expected, TargetStatus status) =>
        new(unit, name, TargetDirection.AtLeast, target, actual, expected, status);

    [Fact]
    public void ScoreIsTheWeightedMeanOfAttainmentAndTheShareOfTargetsOnTrack()
    {
        // 教育局: attainments 1.0 (capped from 1.2) and 0.5 → mean 0.75; one of two on track → 0.5.
        // score = 100 × (70 × 0.75 + 30 × 0.5) ÷ 100 = 67.5
        var ranking = UnitRanking.Compute(
            [
                Floor(1, "教育局", 100, 60, 50, TargetStatus.OnTrack),
                Floor(1, "教育局", 100, 25, 50, TargetStatus.Behind),
                Floor(2, "公安局", 100, 50, 50, TargetStatus.OnTrack),
            ],
            AssessmentSettings.Default);

        Assert.Equal([("公安局", 1, 100.0), ("教育局", 2, 67.5)], ranking.Select(r => (r.Unit, r.Rank, r.Score)));
        var education = ranking[1];
        Assert.Equal(75, education.Attainment);
        Assert.Equal((2, 1, 0, 1), (education.Targets, education.MetOrOnTrack, education.AtRisk, education.Behind));
    }

    [Fact]
    public void EqualScoresShareARankAndTheNextRankIsSkipped()
    {
        var ranking = UnitRanking.Compute(
            [
                Floor(3, "龙坪镇", 10, 10, 10, TargetStatus.Met),
                Floor(1, "教育局", 10, 10, 10, TargetStatus.Met),
                Floor(2, "公安局", 10, 5, 10, TargetStatus.Behind),
            ],
            AssessmentSettings.Default);

        // Ties list by name (ordinal), both ranked 1; the next unit is 3rd, not 2nd.
        Assert.Equal([("教育局", 1), ("龙坪镇", 1), ("公安局", 3)], ranking.Select(r => (r.Unit, r.Rank)));
    }

    [Theory]
    [InlineData(10, 1.0)] // within the ceiling
    [InlineData(14, 1.0)] // exactly at it
    [InlineData(28, 0.5)] // twice the days allowed
    public void ACeilingAttainsFullyUntilItIsExceeded(double daysSilent, double attainment) =>
        Assert.Equal(attainment, UnitRanking.Attainment(new RankingInput(1, "x", TargetDirection.AtMost, 14, daysSilent, 14, TargetStatus.OnTrack), 1.0));

    [Fact]
    public void NothingExpectedYetCountsAsOnPace() =>
        Assert.Equal(1.0, UnitRanking.Attainment(Floor(1, "x", 100, 0, 0, TargetStatus.OnTrack), 1.0));

    [Fact]
    public void ChangingTheWeightsReordersTheUnits()
    {
        RankingInput[] rows =
        [
            // A: far ahead on one target, behind on the other. B: both just on track.
            Floor(1, "A", 100, 150, 100, TargetStatus.OnTrack),
            Floor(1, "A", 100, 60, 100, TargetStatus.Behind),
            Floor(2, "B", 100, 91, 100, TargetStatus.OnTrack),
            Floor(2, "B", 100, 91, 100, TargetStatus.OnTrack),
        ];

        // Attainment alone, capped at 150 %: A = (1.5 + 0.6) ÷ 2 = 1.05 beats B = 0.91.
        var byAttainment = UnitRanking.Compute(rows, AssessmentSettings.Default with { AttainmentWeight = 1, StatusWeight = 0, AttainmentCap = 1.5 });
        Assert.Equal(["A", "B"], byAttainment.Select(r => r.Unit));
        Assert.Equal(105, byAttainment[0].Score);

        // The defaults (70/30, cap 100 %): A = 70 × 0.8 + 30 × 0.5 = 71; B = 70 × 0.91 + 30 = 93.7.
        var byDefault = UnitRanking.Compute(rows, AssessmentSettings.Default);
        Assert.Equal([("B", 93.7), ("A", 71.0)], byDefault.Select(r => (r.Unit, r.Score)));
    }

    [Theory]
    [InlineData(0.90, 0.75, 70, 30, 1.0, true)]
    [InlineData(1.00, 0.50, 1, 0, 2.0, true)]
    [InlineData(0.75, 0.75, 70, 30, 1.0, false)] // behind must be below at risk
    [InlineData(1.01, 0.75, 70, 30, 1.0, false)]
    [InlineData(0.90, 0.00, 70, 30, 1.0, false)]
    [InlineData(0.90, 0.75, 0, 0, 1.0, false)]
    [InlineData(0.90, 0.75, -1, 30, 1.0, false)]
    [InlineData(0.90, 0.75, 70, 30, 0.99, false)]
    [InlineData(0.90, 0.75, 70, 30, 2.01, false)]
    public void SettingsAreCheckedAtTheirEdges(double atRisk, double behind, double wa, double ws, double cap, bool valid) =>
        Assert.Equal(valid, new AssessmentSettings(atRisk, behind, wa, ws, cap).Problems().Count == 0);

    [Fact]
    public void ConfiguredThresholdsMoveTheStatusEdges()
    {
        // 2019-Q4 on 2019-10-15: 70 of a 620 target expected (see TargetProgressTests). 60 is 85.7 % of it:
        // at risk under the default 90 %, on track when the group lowers the line to 85 %.
        var calendar = OfficialHolidays.BuildCalendar();
        Assert.True(TargetPeriod.TryParse("2019-Q4", out var q4));
        var day = new DateOnly(2019, 10, 15);
        Assert.Equal(TargetStatus.AtRisk, TargetProgress.Compute(TargetDirection.AtLeast, 620, 60, q4, day, calendar).Status);
        Assert.Equal(TargetStatus.OnTrack, TargetProgress.Compute(TargetDirection.AtLeast, 620, 60, q4, day, calendar, atRiskBelow: 0.85, behindBelow: 0.6).Status);
        Assert.Equal(TargetStatus.Behind, TargetProgress.Compute(TargetDirection.AtLeast, 620, 60, q4, day, calendar, atRiskBelow: 0.95, behindBelow: 0.9).Status);
    }
}
