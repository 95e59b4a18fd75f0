using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Components.Shared;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Targets;

/// <summary>How targets read to a person: the metric's name with its key, the score formula and the thresholds in words.</summary>
public sealed class TargetLabels(IStringLocalizer<SharedResource> l, Channels.ChannelQueries channels)
{
    private Dictionary<string, string>? _names;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var list = await channels.ListAsync(cancellationToken);
        _names = [];
        foreach (var channel in list)
        {
            _names[channel.Id.ToString(CultureInfo.InvariantCulture)] = channel.Name;
            foreach (var column in channel.Columns)
            {
                _names["column:" + column.Id.ToString(CultureInfo.InvariantCulture)] = channel.Name + " · " + column.Name;
            }
        }

    }

    public string Metric(TargetMetric metric, string? key) => metric switch
    {
        TargetMetric.PostingsByChannelKind when Enum.TryParse<ChannelKind>(key, out var kind) => l["TargetMetric.PostingsOn", l.Enum(kind)],
        TargetMetric.PostingsByCategory when Enum.TryParse<ColumnCategory>(key, out var category) => l["TargetMetric.PostingsOn", l.Enum(category)],
        TargetMetric.PostingsByChannel => l["TargetMetric.PostingsOn", Name(key)],
        TargetMetric.DaysSinceLastUpdate => l["TargetMetric.DaysSilentOf", Name(key)],
        _ => l["TargetMetric." + metric],
    };

    public string Formula(AssessmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return l["LeadingGroup.Formula", N(settings.AttainmentWeight), N(settings.StatusWeight), N(settings.AttainmentCap * 100)];
    }

    public string Thresholds(AssessmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return l["LeadingGroup.ThresholdsText", N(settings.AtRiskBelow * 100), N(settings.BehindBelow * 100)];
    }

    private string Name(string? key) => key is not null && _names is not null && _names.TryGetValue(key, out var name) ? name : key ?? "";

    private static string N(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
