namespace OpenGovDashboard.IntegrationTests.Infrastructure;

/// <summary>Where the repository is (for tests that check its files, e.g. deploy/), and error text for assertions.</summary>
public static class Repository
{
    /// <summary>The folder holding OpenGovDashboard.sln, above the test's build output.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>An exception's message with every inner one's, for asserting on what a failed start said.</summary>
    public static string Flatten(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.InnerException is null ? error.Message : error.Message + " | " + Flatten(error.InnerException);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenGovDashboard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OpenGovDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
