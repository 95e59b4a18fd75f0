using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Web.Features.Api;

/// <summary>
/// Reads fields from one item of a JSON array tolerantly, collecting a localised error per bad field
/// (with the item's index) instead of failing the whole request on the first wrong type.
/// </summary>
public sealed class JsonItemReader(JsonElement item, int index, List<ApiFieldError> errors, IStringLocalizer<SharedResource> l)
{
    public string? Text(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => Fail<string>(field, l["Api.Error.NotText", field]),
        };
    }

    public DateOnly? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly?>(field, l["Api.Error.NotDate", field, text]);
    }

    /// <summary>An ISO 8601 instant; without an offset it is read as Asia/Shanghai time.</summary>
    public DateTimeOffset? Instant(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            return Fail<DateTimeOffset?>(field, l["Api.Error.NotInstant", field, text]);
        }

        return parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, ShanghaiTime.Zone.GetUtcOffset(parsed))
            : new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero);
    }

    public int? WholeNumber(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : Fail<int?>(field, l["Api.Error.NotInteger", field]);
    }

    public decimal? Number(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : Fail<decimal?>(field, l["Api.Error.NotNumber", field]);
    }

    /// <summary>An enum value by its camelCase name (as the API writes them), case-insensitive.</summary>
    public TEnum? OneOf<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? value
            : Fail<TEnum?>(field, l["Api.Error.NotOneOf", field, string.Join(", ", System.Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName))]);
    }

    private bool TryGet(string field, out JsonElement value)
    {
        value = default;
        return item.ValueKind == JsonValueKind.Object
            && item.TryGetProperty(field, out value)
            && value.ValueKind != JsonValueKind.Null;
    }

    private T? Fail<T>(string field, string message)
    {
        errors.Add(new ApiFieldError(null, index, field, message));
        return default;
    }
}
