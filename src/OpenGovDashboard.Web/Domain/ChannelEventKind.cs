namespace OpenGovDashboard.Web.Domain;

/// <summary>What happened to a channel on a given day.</summary>
public enum ChannelEventKind
{
    Launched,
    Relaunched,
    Migrated,
    Retired,
    Other,
}
