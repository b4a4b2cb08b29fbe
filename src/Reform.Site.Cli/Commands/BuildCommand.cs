using System.CommandLine;
using System.Diagnostics;
using Reform.Site.Content;
using Reform.Site.Infrastructure;
using Reform.Site.Localization;
using Reform.Site.Pipeline;

namespace Reform.Site.Cli.Commands;


/// <summary><c>reform-site build</c>: validate, render and write the site atomically.</summary>
internal static class BuildCommand
{
    public sealed record Options(BuildOptions Build, Language? Lang, bool Quiet, bool Verbose);

    public static Command Create()
    {
        var defaults = BuildOptions.Defaults();
        var data = CommonOptions.Data("data");
        var output = CommonOptions.Folder("--out", "Where the site is written (default: _site).");
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var baseUrl = new Option<string?>("--base-url") { Description = $"The address the site is published at (default: {defaults.BaseUrl}).", HelpName = "URL" };
        var search = CommonOptions.Choice<SearchMode>("--search", "Build the Pagefind index (auto: when npm ci has installed it; the default).");
        var history = CommonOptions.Number("--history",
            "Change pages from the data folder's last N git commits (0 turns the change pages off).", 10, 0, int.MaxValue, "a whole number (0 turns the change pages off)");
        var cacheDir = CommonOptions.Folder("--cache-dir", """
            Where work is kept between builds (comparisons of earlier commits,
            each plan's rows of the all-plans tables, the validation rules' findings)
            (default: $XDG_CACHE_HOME/reform-site or ~/.cache/reform-site; safe to delete).
            """);
        var lang = CommonOptions.Lang();
        var quiet = new Option<bool>("--quiet") { Description = "Do not report the build's progress." };
        var verbose = new Option<bool>("--verbose") { Description = "After the build, how long each stage took." };
        var command = new Command("build", """
            Validate, then write the site.
            Validates DIR (default: data) and, when it has no errors, writes the site to
            --out (default: _site). A failed build leaves the previous output untouched.
            Exit code: 0 built, 1 data errors (nothing written), 2 usage error.
            """) { data, output, content, theme, baseUrl, search, history, cacheDir, lang, quiet, verbose };
        command.SetAction(parse => Run(new Options(
            new BuildOptions(
                parse.GetValue(data) ?? defaults.DataDir,
                parse.GetValue(output) ?? defaults.OutputDir,
                parse.GetValue(content) ?? defaults.ContentDir,
                parse.GetValue(theme) ?? defaults.ThemeDir,
                // --base-url, else the site's own settings (site.yml beside the data), else the default.
                parse.GetValue(baseUrl) ?? SiteConfigReader.BaseUrl(SiteConfig.PathFor(parse.GetValue(data) ?? defaults.DataDir)) ?? defaults.BaseUrl,
                parse.GetValue(search) ?? SearchMode.Auto,
                parse.GetValue(history),
                // An empty --cache-dir (or no home folder) builds without a cache.
                (parse.GetValue(cacheDir) ?? CacheFolder.Default()) is { Length: > 0 } cache ? cache : null),
            parse.GetValue(lang),
            parse.GetValue(quiet),
            parse.GetValue(verbose)), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(Options args, TextWriter output)
    {
        var options = args.Build;
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options, args.Quiet ? null : message => output.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.00}s] {message}"));
        DiagnosticPrinter.Print(result.Diagnostics, Languages.From(args.Lang), output);
        if (args.Verbose)
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
