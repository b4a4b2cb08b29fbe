using Reform.Site.Infrastructure;
using System.Diagnostics;
using Reform.Site.Pipeline;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site build</c>: validate, render and write the site atomically.</summary>
public static class BuildCommand
{
    public const string Help = """
        reform-site build [--data DIR] [--out DIR] [--content DIR] [--theme DIR] [--base-url URL]
                          [--search auto|off|required] [--history N] [--cache-dir DIR]
                          [--lang ja|en] [--quiet] [--verbose]
          Validates DIR (default: data) and, when it has no errors, writes the site to
          --out (default: _site). A failed build leaves the previous output untouched.
          --history N: change pages from the data folder's last N git commits (default 10).
          --cache-dir DIR: where work is kept between builds (comparisons of earlier commits,
            each plan's rows of the all-plans tables, the validation rules' findings)
            (default: $XDG_CACHE_HOME/reform-site or ~/.cache/reform-site; safe to delete).
          --search: build the Pagefind index (auto: when npm ci has installed it).
          --verbose: after the build, how long each stage took.
          Exit code: 0 built, 1 data errors (nothing written), 2 usage error.
        """;

    public static int Run(CommandLine args, TextWriter output)
    {
        var defaults = BuildOptions.Defaults();
        var search = SearchModes.Parse(args.Get("--search", "auto"));
        var options = new BuildOptions(
            args.Get("--data", defaults.DataDir),
            args.Get("--out", defaults.OutputDir),
            args.Get("--content", defaults.ContentDir),
            args.Get("--theme", defaults.ThemeDir),
            args.Get("--base-url", defaults.BaseUrl),
            search ?? SearchMode.Auto,
            int.TryParse(args.Get("--history", "10"), out var history) && history >= 0 ? history : -1,
            args.Get("--cache-dir", CacheFolder.Default() ?? "") is { Length: > 0 } cache ? cache : null);
        if (options.History < 0)
        {
            output.WriteLine("reform-site: --history takes a whole number (0 turns the change pages off)");
            return ExitCodes.UsageError;
        }
        if (search is null)
        {
            output.WriteLine("reform-site: --search takes auto, off or required");
            return ExitCodes.UsageError;
        }
        var quiet = args.Has("--quiet");
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options, quiet ? null : message => output.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.00}s] {message}"));
        DiagnosticPrinter.Print(result.Diagnostics, Languages.From(args), output);
        if (args.Has("--verbose"))
            foreach (var stage in result.Stages)
                output.WriteLine($"  {stage.Name,-12}{stage.Elapsed.TotalSeconds,6:0.00}s{(stage.Name is BuildStages.Datasets or BuildStages.History ? " (alongside render)" : "")}{(stage.Name == result.FailedStage ? " (failed)" : "")}");
        if (!result.Succeeded)
        {
            output.WriteLine(DiagnosticPrinter.Summary(result.Diagnostics, result.PlanCount));
            output.WriteLine($"build failed: nothing was written; {options.OutputDir} is unchanged / ビルド失敗: 出力は変更されていません");
            return ExitCodes.DataError;
        }
        output.WriteLine(result.UpToDate
            ? $"up to date ({result.FileCount} files) in {clock.Elapsed.TotalSeconds:0.00}s → {options.OutputDir}"
            : $"built {result.PageCount} pages ({result.FileCount} files, {result.Bytes / 1024.0:0.0} KiB, {result.Written} written) from {result.PlanCount} plans in {clock.Elapsed.TotalSeconds:0.00}s → {options.OutputDir}");
        return ExitCodes.Ok;
    }
}
