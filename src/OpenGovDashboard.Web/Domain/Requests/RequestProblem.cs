namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// A problem in a request's history: the field it concerns (<c>events[2].workingDays</c>), a message key shaped like the
/// app's resource keys (<c>Requests.Error.ExtensionDays</c>) and its arguments: dates, numbers, a
/// <see cref="ReceiptChannel"/>, a <see cref="RequestEvent"/> (named by its kind) or text.
/// <see cref="RequestMessages"/> turns it into a localised <see cref="FieldError"/>.
/// </summary>
public sealed record RequestProblem(string Field, string Key, IReadOnlyList<object> Arguments);
