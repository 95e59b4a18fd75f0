namespace OpenGovDashboard.Web.Domain;

/// <summary>The silence thresholds of 国办秘函〔2019〕19号 (docs/domain.md §3.4).</summary>
public static class UpdateClassRules
{
    /// <summary>Days a column may go without a posting before it counts as not updated; null when there is no limit.</summary>
    public static int? MaxSilentDays(UpdateClass updateClass) => updateClass switch
    {
        UpdateClass.TwoWeeks => 14,
        UpdateClass.SixMonths => 183,
        UpdateClass.OneYear => 365,
        UpdateClass.OnChange => null,
        _ => throw new ArgumentOutOfRangeException(nameof(updateClass), updateClass, null),
    };
}
