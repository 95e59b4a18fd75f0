using System.Text.RegularExpressions;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>
/// Tables 三 and 四 as printed in <c>shared/reference/luodian-2019-annual-report.txt</c> (one cell per line, "|" after it).
/// The file is read where it lives, beside the repository, never copied into it.
/// </summary>
internal static partial class ReferenceReport
{
    private const string FileName = "luodian-2019-annual-report.txt";

    /// <summary>The report's text; skips the test when the file is absent, except on CI where that is a failure.</summary>
    public static string[] Lines()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "reference", FileName);
            if (File.Exists(path))
            {
                return File.ReadAllLines(path);
            }
        }

        var message = $"shared/reference/{FileName} was not found above {AppContext.BaseDirectory}: check out the shared folder beside the repository.";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", message);
        Assert.Skip(message);
        return [];
    }

    /// <summary>Table 三's rows that carry numbers: their label and seven cells, in the printed order.</summary>
    public static List<(string Label, int[] Values)> TableThree(string[] lines)
    {
        var rows = new List<(string Label, List<int> Values)>();
        foreach (var cell in Section(lines, "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议"))
        {
            if (int.TryParse(cell, out var number))
            {
                rows[^1].Values.Add(number);
            }
            else
            {
                rows.Add((cell, []));
            }
        }

        return [.. rows.Where(r => r.Values.Count > 0).Select(r => (r.Label, r.Values.ToArray()))];
    }

    /// <summary>Table 四's fifteen cells in the printed order.</summary>
    public static int[] TableFour(string[] lines) =>
        [.. Section(lines, "四、政府信息公开行政复议", "五、").Where(c => int.TryParse(c, out _)).Select(int.Parse)];

    /// <summary>A label written the way the form's labels are kept: full-width brackets and commas, no spaces.</summary>
    public static string Normalise(string label) =>
        Spaces().Replace(label, "").Replace('(', '（').Replace(')', '）').Replace(',', '，');

    private static IEnumerable<string> Section(string[] lines, string from, string to) => lines
        .SkipWhile(l => !l.StartsWith(from, StringComparison.Ordinal))
        .Skip(1)
        .TakeWhile(l => !l.StartsWith(to, StringComparison.Ordinal))
        .Select(l => l.Trim().TrimEnd('|', ' ').Trim())
        .Where(l => l.Length > 0);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
