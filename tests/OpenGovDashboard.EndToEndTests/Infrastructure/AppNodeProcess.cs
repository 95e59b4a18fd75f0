using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenGovDashboard.EndToEndTests.Infrastructure;

/// <summary>
/// One app node as its own process (<c>dotnet OpenGovDashboard.Web.dll</c> from the web project's build output) on
/// 127.0.0.1, configured through environment variables the way deploy/ configures it. Its console goes to a log file.
/// </summary>
public sealed class AppNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppNodeProcess(string name, int port, Process process, StreamWriter log, string logPath)
    {
        Name = name;
        Port = port;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public string Name { get; }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    public static AppNodeProcess Start(string name, IReadOnlyDictionary<string, string> environment, string logFolder)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var port = FreePort();
        var project = Path.Combine(RepositoryRoot(), "src", "OpenGovDashboard.Web");
        var dll = Path.Combine(project, "bin", BuildConfiguration(), "net10.0", "OpenGovDashboard.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} not found: build the solution first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        // Development serves the static assets from the build output (tech-notes gotcha 4); deploy/ publishes instead.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(logFolder);
        var logPath = Path.Combine(logFolder, $"node-{name}.log");
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppNodeProcess(name, port, process, log, logPath);
    }

    /// <summary>Waits for <c>/healthz</c> to answer 200 (migrations, seeding and the job server are up).</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"node {Name} exited with {_process.ExitCode}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"node {Name} not healthy after {timeout}:\n{Tail()}");
    }

    /// <summary>Stops the node the hard way, as a crash or a pulled cable would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public string Tail(int lines = 60)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
        }
        catch (IOException ex)
        {
            return ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenGovDashboard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OpenGovDashboard.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Debug or Release: the configuration this test assembly was built in (…/bin/&lt;configuration&gt;/net10.0/).</summary>
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
