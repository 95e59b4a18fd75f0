using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OpenGovDashboard.Tests.Architecture;

/// <summary>
/// The UI is Chinese first and English when switched: every string the code asks for by name exists in both resource
/// files, the two hold the same names, and an enum shown through <c>L.Enum</c> has every member named. A missing name
/// shows the raw key (e.g. <c>Requests.Step.Extend</c>) to a county leader, and nothing else would catch it.
/// </summary>
public sealed partial class ResourceKeyTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "OpenGovDashboard.Web");

    [Fact]
    public void BothLanguagesHoldTheSameNames()
    {
        var chinese = Keys("SharedResource.resx");
        var english = Keys("SharedResource.en-US.resx");
        Assert.Empty(chinese.Except(english).Order(StringComparer.Ordinal));
        Assert.Empty(english.Except(chinese).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryNameTheCodeAsksForExists()
    {
        var known = Keys("SharedResource.resx");
        var asked = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();
        Assert.True(asked.Count > 500, $"only {asked.Count} localised strings found: is the pattern still right?");
        Assert.Empty(asked.Where(a => !known.Contains(a.Key)).Select(a => $"{a.File}: {a.Key}").Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnEnumWithNamedMembersHasThemAll()
    {
        var known = Keys("SharedResource.resx");
        var enums = typeof(Program).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace?.StartsWith("OpenGovDashboard.Web", StringComparison.Ordinal) == true);
        var missing = enums
            .Where(e => known.Any(k => k.StartsWith(e.Name + ".", StringComparison.Ordinal)))
            .SelectMany(e => Enum.GetNames(e).Select(n => $"{e.Name}.{n}"))
            .Where(k => !known.Contains(k))
            .Order(StringComparer.Ordinal);
        Assert.Empty(missing);
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OpenGovDashboard.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("OpenGovDashboard.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary><c>L["Name"]</c>, <c>l["Name", …]</c>, <c>Localizer["Name"]</c> with the whole name written out (built names are skipped).</summary>
    [GeneratedRegex("""\b(?:L|l|Localizer|localizer)\["(?<key>[A-Za-z0-9_.\-]+)"\s*[\],]""")]
    private static partial Regex LiteralKey();
}
