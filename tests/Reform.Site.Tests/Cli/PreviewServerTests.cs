using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using Reform.Site.Cli;
using Reform.Site.Cli.Commands;
using Reform.Site.Pipeline;
using Reform.Site.Preview;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

/// <summary>The preview a staff member keeps open while editing: it rebuilds on save, shows
/// errors in the page, and recovers when they are fixed. Only this machine reaches it, it serves
/// nothing outside the built site, and it deletes its scratch folder however it is stopped.</summary>
public sealed class PreviewServerTests
{
    [Fact]
    public async Task Editing_a_file_rebuilds_the_page_and_an_error_shows_in_the_page()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("data"));
        var options = new BuildOptions(temp.Combine("data"), temp.Combine("_preview"), temp.Combine("none"), RepoPaths.Theme, "http://127.0.0.1/");
        using var server = new PreviewServer(options, 0, _ => { });
        server.Start();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/"), Timeout = TimeSpan.FromSeconds(10) };
        const string page = "en/plans/012131-sample-plan/p1-i1-b/";

        var before = await http.GetStringAsync(page);
        Assert.Contains("More online applications", before);
        Assert.Contains(PreviewServer.StatusPath, before); // the live-reload script

        var nodes = Path.Combine(temp.Path, "data", "plans", "012131-sample-plan", "nodes.csv");
        var build = server.BuildNumber;
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("More online applications", "Online applications for everything"));
        await WaitForBuild(server, build);
        Assert.Contains("Online applications for everything", await http.GetStringAsync(page));

        build = server.BuildNumber;
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("p1-i1,p1,2,", "p1-i1,p9,2,"));
        await WaitForBuild(server, build);
        var error = await http.GetAsync(page);
        Assert.Equal(500, (int)error.StatusCode);
        var text = await error.Content.ReadAsStringAsync();
        Assert.Contains("RS302", text);
        Assert.Contains("列「parent_id」の「p9」が指す先", text);

        build = server.BuildNumber;
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("p1-i1,p9,2,", "p1-i1,p1,2,"));
        await WaitForBuild(server, build);
        Assert.Contains("Online applications for everything", await http.GetStringAsync(page));
    }

    /// <summary>Waits (at most 30 s) for the watcher to notice the save and finish a build.</summary>
    private static async Task WaitForBuild(PreviewServer server, int previous)
    {
        for (var i = 0; i < 300 && server.BuildNumber == previous; i++) await Task.Delay(100);
        Assert.True(server.BuildNumber > previous, "no rebuild within 30 s of saving");
    }

    /// <summary>The site is built into <c>x/site</c>; its sibling <c>x/site-secret</c> shares the
    /// name as a prefix, which a plain <c>StartsWith(root)</c> check let through.</summary>
    [Theory]
    [InlineData("/..%2fsite-secret/file")]
    [InlineData("/..%2Fsite-secret/file")]
    [InlineData("/../site-secret/file")]
    [InlineData("/%2e%2e/site-secret/file")]
    [InlineData("/%2E%2E%2Fsite-secret/file")]
    [InlineData("/.%2e/site-secret/file")]
    [InlineData("/..%5csite-secret/file")]
    [InlineData("/..\\site-secret/file")]
    [InlineData("/\\..\\site-secret\\file")]
    [InlineData("/%252e%252e%252fsite-secret/file")]
    [InlineData("/%252e%252e/site-secret/file")]
    [InlineData("/en/../../site-secret/file")]
    [InlineData("/en/..%2f..%2fsite-secret/file")]
    [InlineData("/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/%2fetc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/index.html%00.png")]
    [InlineData("/en%0a/")]
    public async Task A_path_outside_the_site_gets_404_and_never_the_sibling_folder(string path)
    {
        using var temp = new TempDir();
        var (server, secret) = StartOnSiteWithSibling(temp);
        using (server)
        {
            var (status, body) = await RawGet(server.Port, path);
            Assert.Equal(404, status);
            Assert.DoesNotContain(secret, body);
            Assert.DoesNotContain("root:", body);
        }
    }

    [Fact]
    public async Task Files_of_the_site_are_still_served()
    {
        using var temp = new TempDir();
        var (server, _) = StartOnSiteWithSibling(temp);
        using (server)
        {
            Assert.Equal(200, (await RawGet(server.Port, "/")).Status);
            var (status, body) = await RawGet(server.Port, "/en/plans/012131-sample-plan/p1-i1-b/");
            Assert.Equal(200, status);
            Assert.Contains("More online applications", body);
            Assert.Equal(200, (await RawGet(server.Port, "/en/plans/012131-sample-plan/p1-i1-b/index.html")).Status);
            Assert.Equal(200, (await RawGet(server.Port, "/en/plans/%30%31%32131-sample-plan/p1-i1-b/")).Status); // encoded once: fine
            var missing = await RawGet(server.Port, "/no-such-page/");
            Assert.Equal(404, missing.Status);
        }
    }

    /// <summary>A symbolic link in the site (a build never writes one) is not followed, wherever it points.</summary>
    [Fact]
    public void Symbolic_links_under_the_root_are_refused()
    {
        using var temp = new TempDir();
        var site = temp.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "en"));
        File.WriteAllText(Path.Combine(site, "en", "index.html"), "page");
        Directory.CreateDirectory(temp.Combine("site-secret"));
        File.WriteAllText(temp.Combine("site-secret", "file"), "SECRET");
        File.CreateSymbolicLink(Path.Combine(site, "leak.txt"), temp.Combine("site-secret", "file"));
        Directory.CreateSymbolicLink(Path.Combine(site, "out"), temp.Combine("site-secret"));
        Directory.CreateSymbolicLink(Path.Combine(site, "in"), Path.Combine(site, "en"));

        Assert.Equal(Path.Combine(site, "en", "index.html"), StaticFiles.Find(site, "/en/"));
        Assert.Null(StaticFiles.Find(site, "/leak.txt"));
        Assert.Null(StaticFiles.Find(site, "/out/file"));
        Assert.Null(StaticFiles.Find(site, "/in/"));
        Assert.Null(StaticFiles.Find(site + "/", "/..%2fsite-secret/file"));
        Assert.Equal((Path.Combine(site, "404.html"), 404), StaticFiles.Resolve(site, "/leak.txt"));
    }

    [Fact]
    public void The_root_check_needs_a_separator_after_the_root()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "x", "site"));
        Assert.True(StaticFiles.IsUnder(root, root));
        Assert.True(StaticFiles.IsUnder(root, Path.Combine(root, "en", "index.html")));
        Assert.False(StaticFiles.IsUnder(root, root + "-secret"));
        Assert.False(StaticFiles.IsUnder(root, Path.Combine(root + "-secret", "file")));
        Assert.False(StaticFiles.IsUnder(root, Path.GetDirectoryName(root)!));
    }

    /// <summary>DNS rebinding: a page of another site whose name now resolves to 127.0.0.1 must
    /// not read the preview. The request names that site in its Host header.</summary>
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1:1{port}")]
    public async Task A_request_naming_another_host_is_refused(string host)
    {
        using var temp = new TempDir();
        var (server, _) = StartOnSiteWithSibling(temp);
        using (server)
        {
            var (status, body) = await RawGet(server.Port, "/en/plans/012131-sample-plan/p1-i1-b/", host.Replace("{port}", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            // Our check answers 400; the managed HttpListener (Linux, macOS) already answers 404
            // to a Host matching none of its prefixes, before our check sees the request.
            Assert.Contains(status, new[] { 400, 404, 421 });
            Assert.DoesNotContain("More online applications", body);
        }
    }

    [Fact]
    public void Only_loopback_host_names_with_the_port_are_accepted()
    {
        Assert.True(LocalHttpServer.IsLoopbackHost("127.0.0.1:8080", 8080));
        Assert.True(LocalHttpServer.IsLoopbackHost("localhost:8080", 8080));
        Assert.True(LocalHttpServer.IsLoopbackHost("LOCALHOST:8080", 8080));
        Assert.True(LocalHttpServer.IsLoopbackHost("[::1]:8080", 8080));
        Assert.True(LocalHttpServer.IsLoopbackHost("127.0.0.1", 80));
        Assert.False(LocalHttpServer.IsLoopbackHost("127.0.0.1", 8080));
        Assert.False(LocalHttpServer.IsLoopbackHost("127.0.0.1:8081", 8080));
        Assert.False(LocalHttpServer.IsLoopbackHost("evil.example:8080", 8080));
        Assert.False(LocalHttpServer.IsLoopbackHost("localhost.evil.example:8080", 8080));
        Assert.False(LocalHttpServer.IsLoopbackHost("127.0.0.2:8080", 8080));
        Assert.False(LocalHttpServer.IsLoopbackHost("", 8080));
        Assert.False(LocalHttpServer.IsLoopbackHost(null, 8080));
    }

    /// <summary>The listener is bound to 127.0.0.1 only (never <c>+</c>, <c>*</c> or a name), and
    /// this machine's other addresses do not answer on its port.</summary>
    [Fact]
    public async Task The_server_listens_on_loopback_only()
    {
        using var server = new LocalHttpServer(StaticFiles.FreePort(), context => { context.Response.StatusCode = 204; context.Response.Close(); });
        Assert.Equal([$"http://127.0.0.1:{server.Port}/"], server.Prefixes);

        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)).ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await Assert.ThrowsAnyAsync<Exception>(async () => await client.ConnectAsync(address, server.Port, timeout.Token));
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync($"http://127.0.0.1:{server.Port}/")).StatusCode);
    }

    /// <summary><c>reform-site serve</c> as a staff member runs it, stopped by a signal: by
    /// Ctrl+C (SIGINT), a service manager or <c>kill</c> (SIGTERM), or the terminal closing
    /// (SIGHUP). It exits, and its scratch folder in the temp folder is gone.</summary>
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    public async Task Serve_stopped_by_a_signal_exits_and_deletes_its_scratch_folder(string signal)
    {
        if (OperatingSystem.IsWindows()) return; // no kill(1); Ctrl+C there is the same PosixSignal.SIGINT
        using var temp = new TempDir();
        var tmp = temp.Combine("tmp");
        Directory.CreateDirectory(tmp);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = temp.Path };
        foreach (var arg in new[] { typeof(CliApp).Assembly.Location, "serve", "--data", RepoPaths.GoodData, "--theme", RepoPaths.Theme, "--content", temp.Combine("none"), "--port", "0" })
            start.ArgumentList.Add(arg);
        start.Environment["TMPDIR"] = tmp; // Path.GetTempPath() of the child
        using var process = Process.Start(start)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var url = await ReadUntil(process.StandardOutput, "preview: http://", TimeSpan.FromSeconds(60));
            var port = int.Parse(url.Split(':')[2].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(200, (await RawGet(port, "/")).Status);
            var scratch = Assert.Single(Directory.GetDirectories(tmp, ServeCommand.ScratchPrefix + "*"));
            Assert.StartsWith(Path.Combine(tmp, $"{ServeCommand.ScratchPrefix}{process.Id}-"), scratch);

            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(ExitCodes.Ok, process.ExitCode);
            Assert.Equal("", await stderr);
            Assert.False(Directory.Exists(scratch), $"{scratch} left behind after SIG{signal}");
            Assert.Empty(Directory.GetFileSystemEntries(tmp, "reform-site-*"));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> ReadUntil(StreamReader output, string prefix, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (await output.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith(prefix, StringComparison.Ordinal)) return line[("preview: ".Length)..];
        throw new InvalidOperationException($"serve ended without printing '{prefix}'");
    }

    /// <summary>A preview of the good fixture built into <c>x/site</c>, beside <c>x/site-secret/file</c>.</summary>
    private static (PreviewServer Server, string Secret) StartOnSiteWithSibling(TempDir temp)
    {
        const string secret = "SECRET-7f3a do not serve";
        Directory.CreateDirectory(temp.Combine("x", "site-secret"));
        File.WriteAllText(temp.Combine("x", "site-secret", "file"), secret);
        var options = new BuildOptions(RepoPaths.GoodData, temp.Combine("x", "site"), temp.Combine("none"), RepoPaths.Theme, "http://127.0.0.1/", CacheDir: temp.Combine("cache"));
        var server = new PreviewServer(options, 0, _ => { });
        server.Start();
        return (server, secret);
    }

    /// <summary>A GET written byte for byte (HttpClient would normalise the path before sending).</summary>
    private static async Task<(int Status, string Body)> RawGet(int port, string path, string? host = null)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // generous: a loaded CI machine is slow, a hang is still caught
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{port}"}\r\nConnection: close\r\n\r\n"), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(timeout.Token);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
