using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>The leading group's view as an .xlsx for a meeting: one sheet of targets, one of the ranking with its formula.</summary>
public sealed class LeadingGroupExport(TargetLabels labels, IStringLocalizer<SharedResource> l)
{
    public async Task WriteAsync(Stream output, LeadingGroupView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(view);
        var targets = view.Rows.Select(r => new Dictionary<string, object?>
        {
            [l["Targets.Unit"]] = r.Now.OrgUnit ?? l["Admin.Users.WholeCounty"],
            [l["Targets.Metric"]] = labels.Metric(r.Now.Metric, r.Now.MetricKey),
            [l["Targets.Period"]] = r.Now.Period,
            [l["Targets.Target"]] = (r.Now.Direction == TargetDirection.AtMost ? "≤ " : "≥ ") + r.Now.Target.ToString("0.#", CultureInfo.InvariantCulture),
            [l["Targets.Actual"]] = r.Now.Progress.Actual,
            [l["Targets.Expected"]] = r.Now.Progress.ExpectedByNow,
            [l["Targets.Projected"]] = r.Now.Progress.Projected,
            [l["Targets.Percent"]] = r.Now.Progress.Percent,
            [l["Targets.Status"]] = l["TargetStatus." + r.Now.Progress.Status].Value,
            [l["LeadingGroup.LastMonthStatus"]] = r.LastMonth is { } then ? l["TargetStatus." + then.Status].Value : "",
            [l["LeadingGroup.PercentChange"]] = r.PercentChange,
        }).ToList();
        var ranking = view.Ranking.Select(s => new Dictionary<string, object?>
        {
            [l["LeadingGroup.Rank"]] = s.Rank,
            [l["Targets.Unit"]] = s.Unit,
            [l["LeadingGroup.Score"]] = s.Score,
            [l["LeadingGroup.Attainment"]] = s.Attainment,
            [l["LeadingGroup.TargetCount"]] = s.Targets,
            [l["LeadingGroup.Good"]] = s.MetOrOnTrack,
            [l["TargetStatus.AtRisk"]] = s.AtRisk,
            [l["TargetStatus.Behind"]] = s.Behind,
            [l["LeadingGroup.RankThen"]] = view.RankingThen.TryGetValue(s.UnitId, out var then) ? then.Rank : null,
        }).ToList();
        var notes = new[]
        {
            new Dictionary<string, object?> { [l["LeadingGroup.Note"]] = l["LeadingGroup.AsOf", view.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value },
            new Dictionary<string, object?> { [l["LeadingGroup.Note"]] = labels.Formula(view.Settings) },
            new Dictionary<string, object?> { [l["LeadingGroup.Note"]] = labels.Thresholds(view.Settings) },
        };
        var sheets = new Dictionary<string, object>
        {
            [l["LeadingGroup.Sheet.Targets"]] = targets,
            [l["LeadingGroup.Sheet.Ranking"]] = ranking,
            [l["LeadingGroup.Sheet.Notes"]] = notes,
        };
        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
    }
}
