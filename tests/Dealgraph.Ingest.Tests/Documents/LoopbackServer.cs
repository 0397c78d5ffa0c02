using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dealgraph.Ingest.Tests.Documents;

/// <summary>A tiny HTTP server on 127.0.0.1 (a real HttpListener) serving fixed routes for fetch tests.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerResponse, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public void Text(string path, string contentType, string body) => _routes[path] = async r =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        r.ContentType = contentType;
        r.ContentLength64 = bytes.Length;
        await r.OutputStream.WriteAsync(bytes);
    };

    public void Route(string path, Func<HttpListenerResponse, Task> handler) => _routes[path] = handler;

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                var response = context.Response;
                try
                {
                    if (_routes.TryGetValue(context.Request.Url!.AbsolutePath, out var handler))
                    {
                        await handler(response);
                    }
                    else
                    {
                        response.StatusCode = 404;
                    }
                    response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // the client gave up (timeout, size cap): nothing to do
                }
            });
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
        _stop.Dispose();
    }
}
