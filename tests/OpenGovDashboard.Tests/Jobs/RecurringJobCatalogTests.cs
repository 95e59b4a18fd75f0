using Microsoft.Extensions.Configuration;
using OpenGovDashboard.Web.Jobs;

namespace OpenGovDashboard.Tests.Jobs;

/// <summary>Per-install schedules (<c>Jobs:Schedules:&lt;id&gt;</c>): applied to their job, and a mistake stops the app naming it.</summary>
public sealed class RecurringJobCatalogTests
{
    private static readonly RecurringJobDefinition[] Definitions =
    [
        new("rollup-rebuild", "0 2 * * *", (_, _) => Task.FromResult("")),
        new("channel-sync", "30 1 * * *", (_, _) => Task.FromResult("")),
    ];

    [Fact]
    public void AScheduleInConfigurationReplacesThatJobsDefaultOnly()
    {
        var catalog = new RecurringJobCatalog(Definitions, Configuration(("Jobs:Schedules:channel-sync", "0 3 * * 1-5")));
        Assert.Equal("0 3 * * 1-5", catalog.Find("channel-sync")!.Cron);
        Assert.Equal("0 2 * * *", catalog.Find("rollup-rebuild")!.Cron);
    }

    [Fact]
    public void AnInvalidCronStopsTheStartNamingTheJob()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RecurringJobCatalog(Definitions, Configuration(("Jobs:Schedules:channel-sync", "every night"))));
        Assert.Contains("Jobs:Schedules:channel-sync", error.Message, StringComparison.Ordinal);
        Assert.Contains("不是有效的 cron", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownJobIdStopsTheStartListingTheKnownOnes()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RecurringJobCatalog(Definitions, Configuration(("Jobs:Schedules:chanel-sync", "0 3 * * *"))));
        Assert.Contains("chanel-sync", error.Message, StringComparison.Ordinal);
        Assert.Contains("channel-sync", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
