using Reform.Site.Pipeline;
using Reform.Site.Preview;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site serve</c>: a live local preview.</summary>
public static class ServeCommand
{
    public const string Help = """
        reform-site serve [--data DIR] [--content DIR] [--theme DIR] [--port N]
          Builds the site into a scratch folder and serves it on http://127.0.0.1:N/ (default 8080;
          0 picks a free port). Saving a file in data, content or theme rebuilds the site and
          reloads the page in the browser; validation errors show in the page and the console.
        """;

    public static int Run(CommandLine args, TextWriter output)
    {
        if (!int.TryParse(args.Get("--port", "8080"), out var port) || port is < 0 or > 65535)
        {
            output.WriteLine("reform-site: --port takes a number from 0 to 65535");
            return ExitCodes.UsageError;
        }
        var defaults = BuildOptions.Defaults();
        var scratch = Path.Combine(Path.GetTempPath(), $"reform-site-preview-{Environment.ProcessId}");
        var options = defaults with
        {
            DataDir = args.Get("--data", defaults.DataDir),
            ContentDir = args.Get("--content", defaults.ContentDir),
            ThemeDir = args.Get("--theme", defaults.ThemeDir),
            OutputDir = scratch,
        };
        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
        using (var server = new PreviewServer(options, port, line => output.WriteLine(line)))
        {
            server.Start();
            stop.Wait();
        }
        if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        return ExitCodes.Ok;
    }
}
