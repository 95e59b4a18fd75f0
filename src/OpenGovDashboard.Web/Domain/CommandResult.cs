namespace OpenGovDashboard.Web.Domain;

/// <summary>A field-level problem with what a user or caller sent; the message is already localised.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The outcome of a command: nothing was written unless it succeeded.</summary>
public sealed record CommandResult(IReadOnlyList<FieldError> Errors)
{
    public static readonly CommandResult Success = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static CommandResult Fail(string field, string message) => new([new FieldError(field, message)]);
}
