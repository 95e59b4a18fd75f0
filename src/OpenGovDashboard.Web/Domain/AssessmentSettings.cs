namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// 考核设置 — the thresholds of a target's status and the weights of the unit ranking's score, as the leading group
/// sets them. <see cref="Default"/> holds the defaults: at risk below 90 % of expected-by-now, behind below 75 %.
/// </summary>
public sealed record AssessmentSettings(double AtRiskBelow, double BehindBelow, double AttainmentWeight, double StatusWeight, double AttainmentCap)
{
    public static AssessmentSettings Default { get; } = new(
        TargetProgress.DefaultAtRiskBelow, TargetProgress.DefaultBehindBelow, AttainmentWeight: 70, StatusWeight: 30, AttainmentCap: 1.0);

    /// <summary>The fields that do not hold (names as the settings form calls them); empty when the settings are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(BehindBelow > 0 && BehindBelow < AtRiskBelow && AtRiskBelow <= 1))
        {
            problems.Add(nameof(AtRiskBelow));
        }

        if (!(AttainmentWeight >= 0 && StatusWeight >= 0 && AttainmentWeight + StatusWeight > 0 && AttainmentWeight <= 1000 && StatusWeight <= 1000))
        {
            problems.Add(nameof(AttainmentWeight));
        }

        if (!(AttainmentCap >= 1 && AttainmentCap <= 2))
        {
            problems.Add(nameof(AttainmentCap));
        }

        return problems;
    }
}
