namespace OpenGovDashboard.EndToEndTests.Infrastructure;

/// <summary>
/// One app and one browser for every browser test, run one test at a time: on 2 cores, several demo apps
/// seeding and several Chromiums at once make timings meaningless. Tests use their own users and data.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "browser";
}
