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
        var output = CommonOptions.Folder("--out", HelpText.Say("Where the site is written (default: _site).", "サイトを書き出すフォルダ（既定: _site）。"));
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var baseUrl = new Option<string?>("--base-url") { Description = HelpText.Say($"The address the site is published at (default: {defaults.BaseUrl}).", $"サイトを公開するアドレス（既定: {defaults.BaseUrl}）。"), HelpName = "URL" };
        var search = CommonOptions.Choice<SearchMode>("--search", HelpText.Say("Build the Pagefind index (auto: when npm ci has installed it; the default).", "Pagefind の検索索引を作るか（auto: npm ci で入っていれば作る。既定）。"));
        var history = CommonOptions.Number("--history",
            HelpText.Say("Change pages from the data folder's last N git commits (0 turns the change pages off).", "データフォルダの直近 N 件の git コミットから変更履歴のページを作ります（0 で作りません）。"), 10, 0, int.MaxValue, "a whole number (0 turns the change pages off)");
        var bundlePages = CommonOptions.Number("--search-bundle-pages",
            HelpText.Say($"About how many node pages of one language each part of the split search index holds (default: {Reform.Site.Search.SearchBundles.DefaultTargetPages}); see docs/performance.md.",
                $"分割した検索索引の一つの部分が持つ、一言語の項目ページの数の目安（既定: {Reform.Site.Search.SearchBundles.DefaultTargetPages}）。docs/performance.md を参照。"),
            Reform.Site.Search.SearchBundles.DefaultTargetPages, 1, 1_000_000, "a whole number of pages");
        var cacheDir = CommonOptions.Folder("--cache-dir", HelpText.Say("""
            Where work is kept between builds (comparisons of earlier commits,
            each plan's rows of the all-plans tables, the validation rules' findings)
            (default: $XDG_CACHE_HOME/reform-site or ~/.cache/reform-site; safe to delete).
            """, """
            ビルドの間で作業結果を残すフォルダ（過去のコミットとの比較、全計画の表の行、検査の結果）
            （既定: $XDG_CACHE_HOME/reform-site または ~/.cache/reform-site。消しても問題ありません）。
            """));
        var lang = CommonOptions.Lang();
        var quiet = new Option<bool>("--quiet") { Description = HelpText.Say("Do not report the build's progress.", "ビルドの進み具合を表示しません。") };
        var verbose = new Option<bool>("--verbose") { Description = HelpText.Say("After the build, how long each stage took.", "ビルドの後、各段階にかかった時間を表示します。") };
        var command = new Command("build", HelpText.Say("""
            Validate, then write the site.
            Validates DIR (default: data) and, when it has no errors, writes the site to
            --out (default: _site). A failed build leaves the previous output untouched.
            Exit code: 0 built, 1 data errors (nothing written), 2 usage error.
            """, """
            検査してから、サイトを書き出します。
            DIR（既定: data）を検査し、エラーがなければサイトを --out（既定: _site）に書き出します。
            失敗したときは前の出力をそのまま残します。
            終了コード: 0 完了、1 データのエラー（何も書き出さない）、2 コマンドの誤り。
            """)) { data, output, content, theme, baseUrl, search, history, bundlePages, cacheDir, lang, quiet, verbose };
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
                (parse.GetValue(cacheDir) ?? CacheFolder.Default()) is { Length: > 0 } cache ? cache : null)
            { SearchBundlePages = parse.GetValue(bundlePages) },
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
