using System.Text;
using Reform.Site.Changes;
using Reform.Site.Content;
using Reform.Site.Datasets;
using Reform.Site.Diagnostics;
using Reform.Site.Output;
using Reform.Site.Rendering;
using Reform.Site.Rendering.Building;
using Reform.Site.Search;

namespace Reform.Site.Pipeline;

/// <summary>The build, as fixed stages: fingerprint the inputs (nothing to do if they are those of
/// the last build), load and validate the data, read content and theme, make the datasets,
/// plan the pages, render them in parallel batches while writing, then index for search. Any
/// error before the write leaves the previous output as it was.</summary>
public static class SiteBuilder
{
    /// <summary>Pages rendered per batch: enough to keep both cores busy, few enough that a
    /// national site never sits in memory at once.</summary>
    private const int BatchSize = 512;

    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        progress ??= _ => { };
        var pagefind = options.Search == "off" ? null : PagefindLocator.Find();
        var fingerprint = Fingerprint(options, pagefind);
        if (BuildManifest.Read(options.OutputDir) is { } last && last.Fingerprint == fingerprint)
        {
            progress("up to date: no input changed since the last build");
            return new BuildResult([], 0, 0, last.Files.Count, 0, true) { UpToDate = true };
        }

        progress("load+validate: " + options.DataDir);
        var (data, dataDiagnostics) = DataLoader.Load(options.DataDir);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(dataDiagnostics);
        var content = ContentReader.Read(options.ContentDir, diagnostics);
        var theme = SiteTheme.Load(options.ThemeDir, diagnostics);
        foreach (var page in content.Where(c => c.Plan is { } key && data.Plans.All(p => p.Key != key)))
            diagnostics.Add("RS302", new SourceLocation($"content/{page.Lang}/{page.Slug}.md").InColumn("plan", null), value: page.Plan, expected: "plan");
        if (pagefind is null && options.Search != "off")
            diagnostics.Add(options.Search == "required" ? "RS117" : "RS602", new SourceLocation("node_modules"), value: "pagefind");
        if (diagnostics.HasErrors || theme is null)
            return new BuildResult(diagnostics.Items, data.Plans.Count, 0, 0, 0, false);

        progress("datasets: canonical tables, flat tables, JSON, XLSX, ZIP, metadata");
        var (datasetFiles, catalog) = new DatasetBuilder(data, options.DataDir, theme.Strings).Build();
        if (options.History > 0) progress($"history: the data's last {options.History} git commits");
        var history = options.History > 0 ? ChangeHistory.Read(options.DataDir, options.History) : [];
        var pages = SitePlanner.Plan(data, content, theme, catalog, options.BaseUrl, history);
        progress($"render+write: {pages.Count} pages ({data.Plans.Count} plans, 2 languages) → {options.OutputDir}");
        var renderer = new PageRenderer(theme, new SiteSettings(options.BaseUrl, pagefind is not null, content.Select(c => c.Slug).Distinct().ToList()));
        var failures = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        var files = Render(pages, renderer, failures)
            .Concat(StaticAssets.From(theme.StaticRoot))
            .Concat(StylesheetBundle.From(Path.Combine(theme.Root, "css")) is { } css ? [css] : [])
            .Concat(SiteFiles.Extra(data, pages, options.BaseUrl))
            .Concat(datasetFiles)
            .Append(new OutputFile("catalog.jsonld", LinkedData.DcatCatalog(data, catalog, options.BaseUrl)))
            .Concat(theme.Strings.Values.OrderBy(s => s.Lang, StringComparer.Ordinal).Select(s => AtomFeed.Write(data, s, options.BaseUrl)))
            .Concat(theme.Strings.Values.OrderBy(s => s.Lang, StringComparer.Ordinal).Select(s => AtomFeed.WriteChanges(data, history, s, options.BaseUrl)));

        SiteWriter.Summary written;
        try
        {
            written = SiteWriter.Write(options.OutputDir, files, fingerprint, [PagefindIndexer.OutputFolder + "/"]);
        }
        catch (RenderFailedException)
        {
            diagnostics.AddRange(failures);
            foreach (var key in renderer.MissingKeys)
                diagnostics.Add("RS116", new SourceLocation($"theme/i18n/{key[..2]}.json"), value: key[4..]);
            return new BuildResult(diagnostics.Items, data.Plans.Count, pages.Count, 0, 0, false);
        }
        progress($"wrote {written.Written} of {written.Files} files (removed {written.Removed})");

        if (pagefind is not null && (written.PagesChanged || !Directory.Exists(Path.Combine(options.OutputDir, PagefindIndexer.OutputFolder))))
        {
            progress("search: pagefind (one index per language)");
            var index = Path.Combine(Path.GetTempPath(), "reform-site-pagefind", Guid.NewGuid().ToString("N"));
            try
            {
                if (new PagefindIndexer(pagefind).Index(options.OutputDir, index) is { } failure)
                {
                    File.Delete(Path.Combine(options.OutputDir, BuildManifest.FileName)); // the next build starts afresh
                    diagnostics.Add("RS118", new SourceLocation("pagefind"), value: failure);
                    return new BuildResult(diagnostics.Items, data.Plans.Count, pages.Count, 0, 0, false);
                }
                SiteWriter.Sync(options.OutputDir, PagefindIndexer.OutputFolder, index);
            }
            finally
            {
                if (Directory.Exists(index)) Directory.Delete(index, true);
            }
        }
        return new BuildResult(diagnostics.Items, data.Plans.Count, pages.Count, written.Files, written.Bytes, true) { Written = written.Written };
    }

    /// <summary>Renders pages in parallel, one batch at a time, yielding them in page order so the
    /// output is byte-identical whatever the scheduling. A template error stops the build.</summary>
    private static IEnumerable<OutputFile> Render(IReadOnlyList<PageSpec> pages, PageRenderer renderer, System.Collections.Concurrent.ConcurrentBag<Diagnostic> failures)
    {
        for (var start = 0; start < pages.Count; start += BatchSize)
        {
            var batch = pages.Skip(start).Take(BatchSize).ToList();
            var html = new byte[batch.Count][];
            Parallel.For(0, batch.Count, i =>
            {
                try
                {
                    html[i] = Encoding.UTF8.GetBytes(renderer.Render(batch[i]));
                }
                catch (Scriban.Syntax.ScriptRuntimeException e)
                {
                    var bag = new DiagnosticBag();
                    bag.Add("RS115", new SourceLocation($"theme/{e.Span.FileName}", e.Span.Start.Line + 1), value: $"{batch[i].Path}: {e.OriginalMessage}");
                    foreach (var d in bag.Items) failures.Add(d);
                }
            });
            if (!failures.IsEmpty || renderer.MissingKeys.Count > 0) throw new RenderFailedException();
            for (var i = 0; i < batch.Count; i++) yield return new OutputFile(batch[i].OutputFile, html[i]);
        }
    }

    private static string Fingerprint(BuildOptions options, string? pagefind)
    {
        var head = options.History > 0 && Changes.GitRevisions.TopLevel(options.DataDir) is { } repo ? Changes.GitRevisions.Head(repo) : null;
        var version = typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString();
        return BuildManifest.FingerprintOf(
            [options.DataDir, options.ContentDir, options.ThemeDir],
            [version, options.BaseUrl, options.Search, pagefind ?? "no-search", options.History.ToString(System.Globalization.CultureInfo.InvariantCulture), head ?? "-"]);
    }

    private sealed class RenderFailedException : Exception;
}
