namespace OpenGovDashboard.Web.Domain;

/// <summary>One unit's target as the ranking sees it: where it stood on a day.</summary>
public sealed record RankingInput(int UnitId, string Unit, TargetDirection Direction, double Target, double Actual, double ExpectedByNow, TargetStatus Status);

/// <summary>A unit's place in the ranking, with what its score is made of.</summary>
public sealed record UnitScore(int Rank, int UnitId, string Unit, double Score, double Attainment, int Targets, int MetOrOnTrack, int AtRisk, int Behind);

/// <summary>
/// 单位排名 — ranks the units that have targets by a score the leading group can read and change:
/// <c>score = 100 × (a × mean attainment + s × share of targets met or on track) ÷ (a + s)</c>, where a target's
/// attainment is actual ÷ expected-by-now for a floor (≥) and target ÷ actual for a ceiling (≤) once it is exceeded,
/// capped at <see cref="AssessmentSettings.AttainmentCap"/>. Equal scores share a rank (1, 2, 2, 4); ties list by name.
/// </summary>
public static class UnitRanking
{
    public static IReadOnlyList<UnitScore> Compute(IEnumerable<RankingInput> rows, AssessmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(settings);
        var scored = rows
            .GroupBy(r => r.UnitId)
            .Select(g =>
            {
                var items = g.ToList();
                var attainment = items.Average(r => Attainment(r, settings.AttainmentCap));
                var good = items.Count(r => r.Status is TargetStatus.Met or TargetStatus.OnTrack);
                var weights = settings.AttainmentWeight + settings.StatusWeight;
                var score = 100 * ((settings.AttainmentWeight * attainment) + (settings.StatusWeight * good / items.Count)) / weights;
                return (Unit: items[0], Score: Math.Round(score, 1), Attainment: Math.Round(attainment * 100, 1), items.Count, Good: good,
                    AtRisk: items.Count(r => r.Status == TargetStatus.AtRisk), Behind: items.Count(r => r.Status == TargetStatus.Behind));
            })
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Unit.Unit, StringComparer.Ordinal)
            .ToList();

        var ranked = new List<UnitScore>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var s = scored[i];
            var rank = i > 0 && scored[i - 1].Score == s.Score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new UnitScore(rank, s.Unit.UnitId, s.Unit.Unit, s.Score, s.Attainment, s.Count, s.Good, s.AtRisk, s.Behind));
        }

        return ranked;
    }

    /// <summary>How far one target has come: 1 is exactly where it should be today.</summary>
    public static double Attainment(RankingInput row, double cap)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = row.Direction == TargetDirection.AtMost
            ? row.Actual <= row.Target ? 1 : row.Target <= 0 ? 0 : row.Target / row.Actual
            : row.ExpectedByNow <= 0 ? 1 : row.Actual / row.ExpectedByNow;
        return Math.Clamp(value, 0, cap);
    }
}
