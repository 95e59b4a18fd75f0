using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using OpenGovDashboard.IntegrationTests.Infrastructure;
using OpenGovDashboard.Web.Jobs;
using YamlDotNet.RepresentationModel;

namespace OpenGovDashboard.IntegrationTests;

/// <summary>
/// What can be checked of deploy/ without a Docker engine or systemd (issue 9): the compose file, the Dockerfile, the
/// systemd unit and the install script are consistent with the repository, and deploy/README.md documents every setting
/// section and recurring job the app has. (nginx.conf is run for real by the end-to-end ScaleOutTests.)
/// </summary>
public sealed class DeployFilesTests
{
    private static readonly string Root = Repository.Root;
    private static readonly string Deploy = Path.Combine(Root, "deploy");
    private static readonly Assembly Web = typeof(RecurringJobCatalog).Assembly;

    [Fact]
    public void TheComposeFileRunsTheAppOnSqlServerBehindNginxWithNoSecretWrittenIn()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Deploy, "docker-compose.yml")))
        {
            yaml.Load(reader);
        }

        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        var names = services.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        Assert.Equal(["db", "app", "nginx"], names);

        var db = (YamlMappingNode)services["db"];
        Assert.StartsWith("mcr.microsoft.com/mssql/server:2022", ((YamlScalarNode)db["image"]).Value, StringComparison.Ordinal);
        Assert.True(db.Children.ContainsKey("healthcheck"), "the app waits for a healthy SQL Server");

        var app = (YamlMappingNode)services["app"];
        var build = (YamlMappingNode)app["build"];
        Assert.Equal("deploy/Dockerfile", ((YamlScalarNode)build["dockerfile"]).Value);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Deploy, ((YamlScalarNode)build["context"]).Value!, "deploy/Dockerfile"))));
        var dependsOn = (YamlMappingNode)((YamlMappingNode)app["depends_on"])["db"];
        Assert.Equal("service_healthy", ((YamlScalarNode)dependsOn["condition"]).Value);
        var environment = ((YamlMappingNode)app["environment"]).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
        Assert.Equal("SqlServer", environment["Database__Provider"]);

        // Every password comes from the environment, in every service.
        foreach (var (_, service) in services.Children)
        {
            if (((YamlMappingNode)service).Children.TryGetValue(new YamlScalarNode("environment"), out var variables))
            {
                foreach (var (key, value) in ((YamlMappingNode)variables).Children)
                {
                    var text = ((YamlScalarNode)value).Value!;
                    if (((YamlScalarNode)key).Value!.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) || text.Contains("Password=", StringComparison.Ordinal))
                    {
                        Assert.Matches(@"\$\{[A-Z_]+(:\?[^}]*)?\}", text);
                    }
                }
            }
        }

        var nginx = (YamlMappingNode)services["nginx"];
        var mount = ((YamlSequenceNode)nginx["volumes"]).Children.Select(v => ((YamlScalarNode)v).Value!).Single();
        Assert.True(File.Exists(Path.Combine(Deploy, mount.Split(':')[0])), "compose mounts the nginx.conf the CI test runs");
    }

    [Fact]
    public void TheDockerfilePublishesForLinuxRunsAsNonRootAndChecksHealth()
    {
        var lines = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile"));
        var joined = string.Join('\n', lines);
        Assert.Contains("-r linux-x64", joined, StringComparison.Ordinal);

        // Every file the build copies from the context exists (the context is the repository root).
        foreach (var line in lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in parts[1..^1])
            {
                Assert.True(File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)), $"Dockerfile copies {source}, which does not exist");
            }
        }

        var runtime = joined[joined.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        Assert.Matches(@"\nUSER app\n", runtime);
        Assert.Contains("HEALTHCHECK", runtime, StringComparison.Ordinal);
        Assert.Contains("/healthz", runtime, StringComparison.Ordinal);
        Assert.Contains("VOLUME /app/App_Data", runtime, StringComparison.Ordinal);
        Assert.Contains($"\"{Web.GetName().Name}.dll\"", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain("PASSWORD", runtime.ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSystemdUnitStartsTheAppOnItsInstancePortAndTheInstallScriptParses()
    {
        var unit = File.ReadAllText(Path.Combine(Deploy, "opengov-dashboard@.service"));
        Assert.Contains($"/opt/opengov-dashboard/{Web.GetName().Name}.dll", unit, StringComparison.Ordinal);
        Assert.Contains("Type=notify", unit, StringComparison.Ordinal); // the app calls AddSystemd()
        Assert.Contains("ASPNETCORE_URLS=http://127.0.0.1:%i", unit, StringComparison.Ordinal);
        Assert.Contains("EnvironmentFile=/etc/opengov-dashboard/opengov-dashboard.env", unit, StringComparison.Ordinal);

        var bash = Run("bash", "-n", Path.Combine(Deploy, "install.sh"));
        Assert.True(bash.ExitCode == 0, bash.Output);

        // Where systemd's own checker is installed (it is on these machines), the unit passes it too.
        if (File.Exists("/usr/bin/systemd-analyze"))
        {
            var folder = Directory.CreateTempSubdirectory("ogd-unit");
            var copy = Path.Combine(folder.FullName, "opengov-dashboard@5000.service");
            File.Copy(Path.Combine(Deploy, "opengov-dashboard@.service"), copy);
            var verify = Run("/usr/bin/systemd-analyze", "verify", copy);
            folder.Delete(recursive: true);
            Assert.True(verify.ExitCode == 0 && !verify.Output.Contains(copy, StringComparison.Ordinal), verify.Output);
        }
    }

    [Fact]
    public void TheOperationsGuideDocumentsEverySettingSectionAndEveryRecurringJob()
    {
        var guide = File.ReadAllText(Path.Combine(Deploy, "README.md"));
        Assert.DoesNotContain("PLACEHOLDER", guide, StringComparison.Ordinal);

        var sections = Web.GetTypes()
            .Select(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f!.GetRawConstantValue()!)
            .ToList();
        Assert.Contains("Database", sections);
        foreach (var section in sections)
        {
            Assert.True(guide.Contains(section.Replace(":", "__", StringComparison.Ordinal) + "__", StringComparison.Ordinal), $"deploy/README.md does not document the {section} settings");
        }

        var jobs = Web.GetTypes()
            .Where(t => t.GetField("Cron", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .Select(t => (string)t.GetField("Id", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!)
            .ToList();
        Assert.Contains("rollup-rebuild", jobs);
        foreach (var job in jobs)
        {
            Assert.True(JobRow(job).IsMatch(guide), $"deploy/README.md does not list the recurring job {job}");
        }
    }

    private static Regex JobRow(string job) => new($@"^\| `{Regex.Escape(job)}` \|", RegexOptions.Multiline);

    private static (int ExitCode, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(); // both pipes drained at once: a full one never blocks the other
        var output = process.StandardOutput.ReadToEnd() + errors.GetAwaiter().GetResult();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
