using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Demo;

/// <summary>
/// One channel, or one column of the portal, with the number of 2019 postings the reference report gives it
/// and how its postings are written.
/// </summary>
internal sealed record DemoStream(
    string Channel,
    string? Column,
    ColumnCategory? Category,
    UpdateClass? UpdateClass,
    int Count,
    DemoAuthors Authors,
    IReadOnlyList<string> TitleTemplates,
    string UrlPattern);

/// <summary>Who writes a stream's postings.</summary>
internal enum DemoAuthors
{
    CountyOffice,
    Departments,
    Townships,
    DepartmentsAndTownships,
    Tourism,
    Investment,
    HumanResources,
    Planning,
    ChannelOwner,
}
