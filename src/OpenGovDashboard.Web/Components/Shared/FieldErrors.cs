using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Components.Shared;

/// <summary>A form's field errors from a command, for <c>Error</c>/<c>ErrorText</c> of MudBlazor inputs.</summary>
public sealed class FieldErrors
{
    private IReadOnlyList<FieldError> _errors = [];

    public IReadOnlyList<FieldError> All => _errors;

    public void Set(IReadOnlyList<FieldError> errors) => _errors = errors ?? [];

    public bool Has(string field) => _errors.Any(e => e.Field == field);

    public string? Of(string field) => Has(field) ? string.Join(" ", _errors.Where(e => e.Field == field).Select(e => e.Message)) : null;
}
