namespace OpenGovDashboard.Web.Features.Publishing.Import;

/// <summary>One column of the import file: the <see cref="PostingInput"/> field it fills (also its English header) and its template header.</summary>
public sealed record PostingFileColumn(string Field, string TemplateHeader, bool Required);

/// <summary>
/// The columns of the posting import template, in template order. The Chinese headers are part of the file
/// contract (docs/api.md: "Chinese or English headers"), like the report form's labels, so they live here
/// rather than in the UI resources: a file reads the same whatever language its uploader's screen is in.
/// </summary>
public static class PostingFileColumns
{
    public static IReadOnlyList<PostingFileColumn> All { get; } =
    [
        new("channel", "渠道", true),
        new("column", "栏目", false),
        new("orgUnit", "单位", false),
        new("title", "标题", true),
        new("url", "链接", false),
        new("publishedAt", "发布时间", true),
        new("externalId", "外部编号", false),
    ];

    /// <summary>The column a header names: its template (Chinese) header or its English field name, any case, ignoring a required-marker <c>*</c>.</summary>
    public static PostingFileColumn? Find(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var text = header.Trim().TrimEnd('*', '＊').Trim();
        if (string.Equals(text, "channelId", StringComparison.OrdinalIgnoreCase))
        {
            return All[0];
        }

        return All.FirstOrDefault(c => c.TemplateHeader == text || string.Equals(c.Field, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The position of a field in the template, for ordering errors the way the file reads; unknown fields first.</summary>
    public static int OrderOf(string field)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Field == field)
            {
                return i;
            }
        }

        return -1;
    }
}
