using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Api;

/// <summary>One bad field: <c>row</c> (1-based, files) or <c>index</c> (0-based, JSON arrays), the field, a localised message.</summary>
public sealed record ApiFieldError(int? Row, int? Index, string Field, string Message);

/// <summary>RFC 7807 answers with the <c>errors</c> list docs/api.md describes.</summary>
public static class ApiProblems
{
    public static IResult Validation(IStringLocalizer<SharedResource> l, IEnumerable<ApiFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(l);
        return Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: l["Api.ValidationTitle"],
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { row = e.Row, index = e.Index, field = e.Field, message = e.Message }).ToList(),
            });
    }

    public static IResult Forbidden(IStringLocalizer<SharedResource> l, string detail)
    {
        ArgumentNullException.ThrowIfNull(l);
        return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: l["Api.ForbiddenTitle"], detail: detail);
    }
}
