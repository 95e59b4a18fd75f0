using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace OpenGovDashboard.Web.Resources;

/// <summary>
/// Marker for the UI strings: <c>SharedResource.resx</c> holds the zh-CN text (the default),
/// <c>SharedResource.en-US.resx</c> the English.
/// </summary>
public sealed class SharedResource;
