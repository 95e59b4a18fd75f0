using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>Writes <see cref="ReportForm"/> as docs/api.md does: "2019" for the 试行 form, "2021" for the revised one.</summary>
public sealed class ReportFormJsonConverter : JsonConverter<ReportForm>
{
    public static string Name(ReportForm form) => form == ReportForm.Form2019 ? "2019" : "2021";

    public override ReportForm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() switch
        {
            "2019" => ReportForm.Form2019,
            "2021" => ReportForm.Form2021,
            var other => throw new JsonException($"Unknown report form \"{other}\": expected \"2019\" or \"2021\"."),
        };

    public override void Write(Utf8JsonWriter writer, ReportForm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Name(value));
    }
}
