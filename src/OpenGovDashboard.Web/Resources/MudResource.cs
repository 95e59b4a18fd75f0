namespace OpenGovDashboard.Web.Resources;

/// <summary>Marker for <c>MudResource.resx</c>: the Chinese for MudBlazor's own strings.</summary>
public sealed class MudResource;
