using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpenGovDashboard.IntegrationTests.Infrastructure;

/// <summary>A real Kestrel on 127.0.0.1 and a free port standing in for a portal or a platform API; it remembers each request.</summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri At(string relative) => new(BaseUri, relative);

    public static async Task<LocalHttpServer> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LocalHttpServer? server = null;
        app.Run(context =>
        {
            server!.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            return handler(context);
        });
        await app.StartAsync();
        server = new LocalHttpServer(app, new Uri(app.Urls.Single() + "/"));
        return server;
    }

    public static Task WriteAsync(HttpContext context, string body, string contentType, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
