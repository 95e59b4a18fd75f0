namespace OpenGovDashboard.Web.Features.Monitoring.Connectors;

/// <summary>
/// CSS selectors that read a portal's list page: <paramref name="Item"/> matches one entry; the others are looked up
/// inside it (<paramref name="Title"/> defaults to the link, <paramref name="Date"/> to the entry's whole text).
/// Further pages come from <paramref name="NextPage"/> (a link) or <paramref name="PageUrlPattern"/>, a URL relative to
/// the first page where <c>{page}</c> is the page number (2, 3, …) and <c>{index}</c> is one less (TRS sites'
/// <c>index_1.html</c> is the second page).
/// </summary>
public sealed record HtmlListSelectors(
    string Item,
    string Link = "a",
    string? Title = null,
    string? Date = null,
    string? NextPage = null,
    string? PageUrlPattern = null);
