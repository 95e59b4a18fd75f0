using OpenGovDashboard.Web.Features.Api;

namespace OpenGovDashboard.Web.Features.Publishing;

/// <summary>What an ingest did: added and duplicate counts, or every bad item (and then nothing was written).</summary>
public sealed record PostingBatchResult(int Added, int Duplicates, IReadOnlyList<ApiFieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
