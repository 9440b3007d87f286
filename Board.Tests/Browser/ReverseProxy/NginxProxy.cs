using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Board.Tests.Browser.ReverseProxy;

/// <summary>
/// nginx on a free loopback port with a self-signed certificate made by openssl, in a temporary folder, in front of
/// an app on <c>appPort</c>, with the site file from docs/nginx/partnershipboard.conf. Stopped (and its folder removed)
/// on dispose, and when the test process ends, whatever happened.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _nginx;
    private readonly string _folder;

    private NginxProxy(Process nginx, string folder, int port)
    {
        _nginx = nginx;
        _folder = folder;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    public int Port { get; }

    public string BaseUrl => $"https://127.0.0.1:{Port}";

    public static string NginxPath => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    public static async Task<NginxProxy> StartAsync(int port, int appPort)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pb-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await RunAsync("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", Path.Combine(folder, "key.pem"), "-out", Path.Combine(folder, "cert.pem"));

        var site = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "nginx", "partnershipboard.conf")))
            .Replace("{{HTTPS_PORT}}", $"127.0.0.1:{port}")
            .Replace("{{SERVER_NAME}}", "127.0.0.1")
            .Replace("{{CERTIFICATE}}", Path.Combine(folder, "cert.pem"))
            .Replace("{{CERTIFICATE_KEY}}", Path.Combine(folder, "key.pem"))
            .Replace("{{APP_PORT}}", appPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), MainConfig(folder, Path.Combine(folder, "site.conf")));

        var start = new ProcessStartInfo(NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf") })
            start.ArgumentList.Add(arg);
        var nginx = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var proxy = new NginxProxy(nginx, folder, port);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await AcceptsAsync(port))
        {
            if (nginx.HasExited || DateTime.UtcNow > deadline)
            {
                var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
                await proxy.DisposeAsync();
                throw new InvalidOperationException($"nginx did not start listening: {await nginx.StandardError.ReadToEndAsync()} {log}");
            }
            await Task.Delay(100);
        }
        return proxy;
    }

    /// <summary>The main file Debian would provide, cut down: one process, in the foreground, everything in <paramref name="folder"/>.</summary>
    public static string MainConfig(string folder, string include) => $$"""
        daemon off;
        master_process off;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log warn;
        events { worker_connections 256; }
        http {
            access_log off;
            client_body_temp_path {{folder}}/body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            include {{include}};
        }
        """;

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PartnershipBoard.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("The repository root (PartnershipBoard.sln) was not found.");
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} failed: {await error}");
    }

    private void Stop()
    {
        try
        {
            if (!_nginx.HasExited)
            {
                _nginx.Kill(entireProcessTree: true);
                _nginx.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _nginx.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
        return ValueTask.CompletedTask;
    }
}
