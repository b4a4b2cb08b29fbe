using Reform.Site.Infrastructure;
using System.Text;
using Reform.Site.Changes;
using Reform.Site.Datasets;
using Reform.Site.Diagnostics;
using Reform.Site.Model;
using Reform.Site.Output;
using Reform.Site.Rendering;
using Reform.Site.Rendering.Building;
using Reform.Site.Search;
using Reform.Site.Validation;

namespace Reform.Site.Pipeline;

/// <summary>The build, as fixed stages: fingerprint the inputs (nothing to do if they are those of
/// the last build), load and validate the data, read content and theme, plan the pages, then
/// render them on every core into a staging folder while the downloads and the change history are
/// made alongside (pages of unchanged plans are kept from the last build), commit, and index for
/// search. Any error before the commit leaves the previous output as it was.</summary>
internal static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        // Progress comes from the downloads' thread too: one line at a time.
        var report = progress ?? (_ => { });
        var gate = new object();
        progress = message => { lock (gate) report(message); };
        var where = new DiagnosticBag();
        OutputFolderRule.Check(options, where);
        if (where.HasErrors) return new BuildResult(where.Items, 0, 0, 0, 0, false);
        var pagefind = options.Search == "off" ? null : PagefindLocator.Find();
        var inputs = Inputs(options, pagefind);
        var fingerprint = inputs.Combined;
        if (BuildManifest.Read(options.OutputDir) is { } last && last.Fingerprint == fingerprint)
        {
            progress("up to date: no input changed since the last build");
            return new BuildResult([], 0, 0, last.Files.Count, 0, true) { UpToDate = true };
        }

        progress("load+validate: " + options.DataDir);
        var rules = options.CacheDir is { } cache ? new ValidationCache(cache, inputs) : null;
        // The long texts wait on disk until their pages and downloads are made (TextStore).
        using var texts = new TextStore();
        var (data, dataDiagnostics) = DataLoader.Load(options.DataDir, rules: rules, texts: texts);
        if (rules is not null) CacheFolder.Prune(rules.Folder);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(dataDiagnostics);
        var content = ContentInputs.Read(options.ContentDir, data.Plans.Select(p => p.Key), diagnostics);
        var theme = SiteTheme.Load(options.ThemeDir, diagnostics);
        if (pagefind is null && options.Search != "off")
            diagnostics.Add(options.Search == "required" ? Codes.PagefindNotFound : Codes.SearchIndexSkipped, new SourceLocation("node_modules"), value: "pagefind");
        if (diagnostics.HasErrors || theme is null)
            return new BuildResult(diagnostics.Items, data.Plans.Count, 0, 0, 0, false);

        SiteWriter.Summary written;
        int pageCount;
        using (var output = new StagedOutput(options.OutputDir, [PagefindIndexer.OutputFolder + "/"]))
        {
            // A plan's own pages and downloads are kept from the last build when neither the
            // plan's folder nor anything shared changed: the bytes would be the same.
            var unchanged = inputs.UnchangedSince(output.Previous?.Inputs);
            if (unchanged.Count > 0) progress($"keeping the pages and downloads of {unchanged.Count} unchanged plan(s) from the last build");

            // The downloads and the change history are made alongside the pages: only the
            // downloads and change pages need them, and those are rendered last.
            progress("datasets: canonical tables, flat tables, JSON, XLSX, ZIP, metadata (alongside the pages)");
            var downloads = Task.Run(() =>
            {
                var rows = options.CacheDir is { } cacheDir ? RowCache.Persistent(cacheDir, inputs) : null;
                var files = new DatasetBuilder(data, options.DataDir, theme.Strings, unchanged, rows).Build(output);
                if (rows is not null) CacheFolder.Prune(rows.Folder);
                progress($"downloads made ({files.Count} files)");
                return files;
            });
            if (options.History > 0) progress($"history: the data's last {options.History} git commits (alongside the pages)");
            var changes = Task.Run(() => options.History > 0 ? ReadHistory(options) : []);
            // A lazy plan: listed again for each pass, never held whole (SitePlanner).
            var pages = SitePlanner.Plan(data, content, theme, () => downloads.GetAwaiter().GetResult(), options.BaseUrl, () => changes.GetAwaiter().GetResult(), options.ThemePageSize);
            progress($"render+write: the pages of {data.Plans.Count} plans in 2 languages → {options.OutputDir}");
            var renderer = new PageRenderer(theme, new SiteSettings(options.BaseUrl, pagefind is not null, content.Select(c => c.Slug).Distinct().ToList()));
            var (failures, rendered) = RenderWhile(downloads, () => Render(pages, renderer, output, unchanged, ready: () => Settle(downloads, changes)));
            pageCount = rendered;
            if (failures.Count > 0 || renderer.MissingKeys.Count > 0)
            {
                diagnostics.AddRange(failures);
                foreach (var missing in renderer.MissingKeys)
                    diagnostics.Add(Codes.MissingUiString, new SourceLocation($"theme/i18n/{missing.Lang}.json"), value: missing.Key);
                return new BuildResult(diagnostics.Items, data.Plans.Count, pageCount, 0, 0, false);
            }
            var catalog = downloads.GetAwaiter().GetResult();
            var history = changes.GetAwaiter().GetResult();
            progress($"rendered {pageCount} pages");
            var files = StaticAssets.From(theme.StaticRoot)
                .Concat(StylesheetBundle.From(Path.Combine(theme.Root, "css")) is { } css ? [css] : [])
                .Append(new OutputFile(SitePaths.Catalog, LinkedData.DcatCatalog(data, catalog, options.BaseUrl)))
                .Concat(theme.Strings.Values.OrderBy(s => s.Lang, StringComparer.Ordinal).Select(s => AtomFeed.Write(data, s, options.BaseUrl)))
                .Concat(theme.Strings.Values.OrderBy(s => s.Lang, StringComparer.Ordinal).Select(s => AtomFeed.WriteChanges(data, history, s, options.BaseUrl)));
            foreach (var file in files) output.Add(file);
            SiteFiles.Write(output, pages, options.BaseUrl);
            written = output.Commit(fingerprint, inputs);
        }
        progress($"wrote {written.Written} of {written.Files} files (removed {written.Removed})");

        if (pagefind is not null && (written.PagesChanged || !Directory.Exists(Path.Combine(options.OutputDir, PagefindIndexer.OutputFolder))))
        {
            progress("search: pagefind (one index per language)");
            var index = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-pagefind-");
            try
            {
                if (new PagefindIndexer(pagefind).Index(options.OutputDir, index) is { } failure)
                {
                    File.Delete(Path.Combine(options.OutputDir, BuildManifest.FileName)); // the next build starts afresh
                    diagnostics.Add(Codes.SearchIndexFailed, new SourceLocation("pagefind"), value: failure);
                    return new BuildResult(diagnostics.Items, data.Plans.Count, pageCount, 0, 0, false);
                }
                SiteWriter.Sync(options.OutputDir, PagefindIndexer.OutputFolder, index);
            }
            finally
            {
                if (Directory.Exists(index)) Directory.Delete(index, true);
            }
        }
        return new BuildResult(diagnostics.Items, data.Plans.Count, pageCount, written.Files, written.Bytes, true) { Written = written.Written };
    }

    /// <summary>Renders pages on every core; each worker writes its own pages to the staging
    /// folder, so writing overlaps rendering and no page is held once written. Workers take the
    /// next page from the lazy plan one at a time (it is listed under a lock, about 1 µs a page),
    /// which keeps both cores busy to the last page. Each page's bytes depend only on its spec, so
    /// the output is byte-identical whatever the scheduling. A template error stops the build; the
    /// errors found by then are returned, with the number of pages rendered or kept.</summary>
    /// <param name="ready">Waits for what the last pages show (the downloads, the change history).
    /// Those pages are rendered in a second pass, after it: a worker that took one while it was
    /// still being made would block a pool thread, the pool would add threads, and each new one
    /// took the next such page and blocked too, starving the very tasks they waited for (a
    /// one-row rebuild at 10k took 52 s instead of 6 s).</param>
    private static (IReadOnlyList<Diagnostic> Failures, int Pages) Render(IEnumerable<PageSpec> pages, PageRenderer renderer, StagedOutput output, IReadOnlySet<string> unchangedPlans, Action ready)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        var count = 0;
        RenderPass(pages.Where(p => !p.RenderLast));
        if (failures.IsEmpty)
        {
            ready();
            RenderPass(pages.Where(p => p.RenderLast));
        }
        return (failures.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Argument("value"), StringComparer.Ordinal).ToList(), count);

        void RenderPass(IEnumerable<PageSpec> pass)
        {
            var oneAtATime = System.Collections.Concurrent.Partitioner.Create(pass, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
            var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(oneAtATime, cores, (page, loop) =>
            {
                Interlocked.Increment(ref count);
                if (page.PlanKey is { } key && unchangedPlans.Contains(key) && output.Keep(page.OutputFile)) return;
                try
                {
                    output.Add(new OutputFile(page.OutputFile, Encoding.UTF8.GetBytes(renderer.Render(page))));
                }
                catch (Scriban.Syntax.ScriptRuntimeException e) when (e.InnerException is not OutOfMemoryException)
                {
                    // (Scriban wraps whatever a page's rendering throws; running out of memory is not the template's fault.)
                    var bag = new DiagnosticBag();
                    bag.Add(Codes.TemplateRenderError, new SourceLocation($"theme/{e.Span.FileName}", e.Span.Start.Line + 1), value: $"{page.Path}: {e.OriginalMessage}");
                    foreach (var d in bag.Items) failures.Add(d);
                    loop.Stop();
                }
            });
        }
    }

    /// <summary>Waits until the tasks have ended, whether or not they succeeded: a failure is
    /// reported where its result is used.</summary>
    private static void Settle(params Task[] tasks)
    {
        try { Task.WaitAll(tasks); }
        catch (AggregateException) { }
    }

    /// <summary>Runs the rendering; however it ends, the downloads (which write into the same
    /// staging folder) have finished before the caller may delete that folder.</summary>
    private static T RenderWhile<T>(Task downloads, Func<T> render)
    {
        try
        {
            return render();
        }
        finally
        {
            Settle(downloads);
        }
    }

    private static IReadOnlyList<ChangeHistory.Publication> ReadHistory(BuildOptions options)
    {
        var cache = options.CacheDir is { } folder ? new ComparisonCache(folder) : null;
        var history = ChangeHistory.Read(options.DataDir, options.History, DataLoader.Reader, cache);
        cache?.Prune();
        return history;
    }

    private static InputFingerprint Inputs(BuildOptions options, string? pagefind)
    {
        var head = options.History > 0 && Changes.GitRevisions.TopLevel(options.DataDir) is { } repo ? Changes.GitRevisions.Head(repo) : null;
        var version = typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString();
        return InputFingerprint.Of(options.DataDir, [options.ContentDir, options.ThemeDir],
            [version, options.BaseUrl, options.Search, pagefind ?? "no-search", options.History.ToString(System.Globalization.CultureInfo.InvariantCulture),
             options.ThemePageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)], head ?? "-");
    }

}
