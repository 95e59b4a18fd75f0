using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovDashboard.EndToEndTests.Infrastructure;

/// <summary>
/// Debian's nginx as an unprivileged-port process in front of test app nodes, running <c>deploy/nginx.conf</c> itself with
/// only its ports changed (the upstream's servers and the listen address), plus an access log naming the node that served
/// each request.
/// </summary>
public sealed partial class NginxProcess : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProcess(int port, Process process, string folder)
    {
        Port = port;
        _process = process;
        _folder = folder;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string AccessLogPath => Path.Combine(_folder, "access.log");

    public static async Task<NginxProcess> StartAsync(IReadOnlyList<int> nodePorts, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodePorts);
        Directory.CreateDirectory(folder);
        var port = AppNodeProcess.FreePort();
        var site = await File.ReadAllTextAsync(Path.Combine(AppNodeProcess.RepositoryRoot(), "deploy", "nginx.conf"), cancellationToken);
        var servers = string.Concat(nodePorts.Select(p => string.Create(CultureInfo.InvariantCulture, $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n")));
        site = UpstreamServer().Replace(site, "");
        site = site.Replace("    hash $cookie_ogd_node consistent;\n", "    hash $cookie_ogd_node consistent;\n" + servers, StringComparison.Ordinal);
        site = ListenLine().Replace(site, $"    listen 127.0.0.1:{port};");
        Assert.Contains(servers, site, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site, cancellationToken);

        var user = Environment.UserName == "root" ? "user root;\n" : "";
        var main = $$"""
            {{user}}worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                include /etc/nginx/mime.types;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                log_format node '$request_method $uri $status $upstream_addr';
                access_log {{folder}}/access.log node;
                include {{folder}}/site.conf;
            }
            """;
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, main, cancellationToken);

        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", config, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var nginx = new NginxProcess(port, process, folder);
        using var http = new HttpClient { BaseAddress = new Uri(nginx.BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync(cancellationToken));
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return nginx;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("nginx did not answer /healthz through to a node");
    }

    /// <summary>The node (port) that served the last request to <paramref name="path"/>, from the access log.</summary>
    public int? LastNodeFor(string method, string path)
    {
        using var stream = new FileStream(AccessLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        int? node = null;
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts.Length >= 4 && parts[0] == method && parts[1] == path && parts[2] == "200")
            {
                // "$upstream_addr" lists every server tried, the one that answered last: "127.0.0.1:5000, 127.0.0.1:5001".
                var last = parts[^1];
                node = int.Parse(last[(last.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return node;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"^\s*server\s+127\.0\.0\.1:\d+[^;]*;\n", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^\s*listen\s+80;", RegexOptions.Multiline)]
    private static partial Regex ListenLine();
}
