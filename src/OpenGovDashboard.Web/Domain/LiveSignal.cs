namespace OpenGovDashboard.Web.Domain;

/// <summary>
/// A counter that every app node moves when something its dashboards show has changed (e.g. postings landed), and that
/// every node polls, so that a dashboard served by one node reloads when data lands through another.
/// </summary>
public sealed class LiveSignal
{
    /// <summary>The topic's fixed name: <see cref="Postings"/>.</summary>
    public const string Postings = "postings";

    public required string Topic { get; set; }

    /// <summary>Moved by one on every signal; never reset.</summary>
    public long Version { get; set; }
}
