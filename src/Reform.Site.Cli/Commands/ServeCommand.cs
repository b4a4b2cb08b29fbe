using System.CommandLine;
using System.Runtime.InteropServices;
using Reform.Site.Infrastructure;
using Reform.Site.Pipeline;
using Reform.Site.Preview;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site serve</c>: a live local preview.</summary>
/// <remarks>The site is built into a scratch folder, <c>{temp}/reform-site-preview-{pid}-{unique}</c>
/// (<see cref="ScratchSpace"/>), deleted on every way out: Ctrl+C (SIGINT), SIGTERM (a service
/// manager, <c>kill</c>), SIGHUP (the terminal closed), an error while starting, and the process
/// exiting. A second signal while the first one's cleanup runs ends the process at once; what
/// it leaves, and what SIGKILL leaves, the next preview or build sweeps (its process is gone).</remarks>
internal static class ServeCommand
{
    public const string ScratchPrefix = "reform-site-preview-";

    public sealed record Options(string DataDir, string ContentDir, string ThemeDir, int Port);

    public static Command Create()
    {
        var data = CommonOptions.Data("data");
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var port = CommonOptions.Number("--port", HelpText.Say("The port on 127.0.0.1 to serve on (0 picks a free port).", "127.0.0.1 で使うポート（0 で空いているポート）。"), 8080, 0, 65535, "a number from 0 to 65535");
        var command = new Command("serve", HelpText.Say("""
            A live local preview that rebuilds on save.
            Builds the site into a scratch folder and serves it on http://127.0.0.1:N/ (default 8080;
            0 picks a free port). Saving a file in data, content or theme rebuilds the site and
            reloads the page in the browser; validation errors show in the page and the console.
            Only this machine can reach it. Ctrl+C stops it and deletes the scratch folder.
            """, """
            保存するたびに作り直す、手元のプレビュー。
            作業用フォルダにサイトを作り http://127.0.0.1:N/ で見せます（既定 8080、0 で空いているポート）。
            data、content、theme のファイルを保存するとサイトを作り直し、ブラウザのページを再読み込みします。
            検査のエラーはページとコンソールに出ます。このパソコンからしか見られません。
            Ctrl+C で止めると作業用フォルダを消します。
            """)) { data, content, theme, port };
        command.SetAction(parse =>
        {
            var defaults = BuildOptions.Defaults();
            return Run(new Options(parse.GetValue(data) ?? defaults.DataDir, parse.GetValue(content) ?? defaults.ContentDir,
                parse.GetValue(theme) ?? defaults.ThemeDir, parse.GetValue(port)), parse.InvocationConfiguration.Output);
        });
        return command;
    }

    public static int Run(Options args, TextWriter output)
    {
        var scratch = ScratchSpace.NewPath(Path.GetTempPath(), ScratchPrefix);
        var options = BuildOptions.Defaults() with
        {
            DataDir = args.DataDir,
            ContentDir = args.ContentDir,
            ThemeDir = args.ThemeDir,
            OutputDir = scratch,
        };
        using var shutdown = new Shutdown(() => DeleteScratch(scratch));
        try
        {
            using (var server = new PreviewServer(options, args.Port, line => output.WriteLine(line)))
            {
                server.Start();
                shutdown.Wait();
                output.WriteLine("preview: stopping");
            }
        }
        finally
        {
            shutdown.CleanUp();
        }
        return ExitCodes.Ok;
    }

    /// <summary>Deletes the scratch folder and what a build into it stages beside it
    /// (<c>{scratch}.staging-{pid}</c>, <c>{scratch}.old-{pid}</c>) if it was stopped midway.</summary>
    private static void DeleteScratch(string scratch)
    {
        var parent = Path.GetDirectoryName(scratch)!;
        if (!Directory.Exists(parent)) return;
        foreach (var entry in Directory.EnumerateFileSystemEntries(parent, Path.GetFileName(scratch) + "*"))
        {
            if (entry != scratch && !Path.GetFileName(entry).StartsWith(Path.GetFileName(scratch) + ".", StringComparison.Ordinal)) continue;
            try
            {
                if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
                else File.Delete(entry);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Something still has a file open in it: the next preview or build sweeps it.
            }
        }
    }

    /// <summary>Waits for SIGINT, SIGTERM or SIGHUP, and runs a clean-up once, whichever way the
    /// process ends: after the wait, from a finally, or on <see cref="AppDomain.ProcessExit"/>.</summary>
    private sealed class Shutdown : IDisposable
    {
        private readonly ManualResetEventSlim _stop = new();
        private readonly List<PosixSignalRegistration> _signals = [];
        private readonly Action _cleanUp;
        private int _cleaned;

        public Shutdown(Action cleanUp)
        {
            _cleanUp = cleanUp;
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try { _signals.Add(PosixSignalRegistration.Create(signal, OnSignal)); }
                catch (PlatformNotSupportedException) { } // SIGHUP/SIGTERM where the OS has no such signal
            }
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        }

        public void Wait() => _stop.Wait();

        /// <summary>The first signal stops the preview, and the main thread cleans up and returns.
        /// A second one is not cancelled: its default action ends the process now (running
        /// <see cref="AppDomain.ProcessExit"/>, which cleans up if that has not started).</summary>
        private void OnSignal(PosixSignalContext context)
        {
            if (_stop.IsSet) return;
            context.Cancel = true;
            _stop.Set();
        }

        private void OnProcessExit(object? sender, EventArgs e) => CleanUp();

        public void CleanUp()
        {
            if (Interlocked.Exchange(ref _cleaned, 1) == 0) _cleanUp();
        }

        public void Dispose()
        {
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            foreach (var s in _signals) s.Dispose();
            _stop.Dispose();
        }
    }
}
