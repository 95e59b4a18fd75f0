using Microsoft.Extensions.Options;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Features.Monitoring;

/// <summary>Checks every <c>Monitoring:Sources</c> entry at start-up and names the key of each problem.</summary>
public sealed class MonitoringOptionsValidator : IValidateOptions<MonitoringOptions>
{
    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        try
        {
            Cronos.CronExpression.Parse(options.ProbeCron);
        }
        catch (Cronos.CronFormatException)
        {
            failures.Add($"{MonitoringOptions.Section}:ProbeCron '{options.ProbeCron}' is not a cron expression (minute hour day month weekday).");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var at = $"{MonitoringOptions.Section}:Sources:{i}";
            if (string.IsNullOrWhiteSpace(source.Key) || !keys.Add(source.Key))
            {
                failures.Add($"{at}:Key must be set and unique.");
            }

            if (source.ChannelId <= 0)
            {
                failures.Add($"{at}:ChannelId must name a channel.");
            }

            if (source.MaxPages is < 1 or > 100)
            {
                failures.Add($"{at}:MaxPages must be between 1 and 100.");
            }

            if (source.Kind is ConnectorKind.Rss or ConnectorKind.Html
                && !(Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            {
                failures.Add($"{at}:Url must be an absolute http(s) URL.");
            }

            if (source.Kind == ConnectorKind.Html && string.IsNullOrWhiteSpace(source.ItemSelector))
            {
                failures.Add($"{at}:ItemSelector is required for an HTML list page.");
            }

            if (source.Kind is ConnectorKind.WeChat or ConnectorKind.Weibo)
            {
                if (string.IsNullOrWhiteSpace(source.Account))
                {
                    failures.Add($"{at}:Account (the WeChat appid or Weibo uid) is required.");
                }

                if (string.IsNullOrEmpty(source.Secret) && string.IsNullOrEmpty(source.ProtectedSecret))
                {
                    failures.Add($"{at}:Secret or {at}:ProtectedSecret is required.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
