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

/// <summary>The build, as fixed stages: load and validate the data, read content and theme,
/// plan the pages, render them in parallel, then write everything at once. Any error before
/// the write leaves the previous output as it was.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        progress ??= _ => { };
        progress("load+validate: " + options.DataDir);
        var (data, dataDiagnostics) = DataLoader.Load(options.DataDir);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(dataDiagnostics);
        var content = ContentReader.Read(options.ContentDir, diagnostics);
        var theme = SiteTheme.Load(options.ThemeDir, diagnostics);
        foreach (var page in content.Where(c => c.Plan is { } key && data.Plans.All(p => p.Key != key)))
            diagnostics.Add("RS302", new SourceLocation($"content/{page.Lang}/{page.Slug}.md").InColumn("plan", null), value: page.Plan, expected: "plan");
        if (diagnostics.HasErrors || theme is null)
            return new BuildResult(diagnostics.Items, data.Plans.Count, 0, 0, 0, false);

        progress("datasets: canonical tables, flat tables, JSON, XLSX, ZIP, metadata");
        var (datasetFiles, catalog) = new DatasetBuilder(data, options.DataDir, theme.Strings).Build();
        var pagefind = options.Search == "off" ? null : PagefindLocator.Find();
        if (pagefind is null && options.Search != "off")
            diagnostics.Add(options.Search == "required" ? "RS117" : "RS602", new SourceLocation("node_modules"), value: "pagefind");
        var history = options.History > 0 ? ChangeHistory.Read(options.DataDir, options.History) : [];
        var pages = SitePlanner.Plan(data, content, theme, catalog, options.BaseUrl, history);
        progress($"render: {pages.Count} pages ({data.Plans.Count} plans, 2 languages)");
        var renderer = new PageRenderer(theme, new SiteSettings(options.BaseUrl, pagefind is not null, content.Select(c => c.Slug).Distinct().ToList()));
        var html = new byte[pages.Count][];
        var failures = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        Parallel.For(0, pages.Count, i =>
        {
            try
            {
                html[i] = Encoding.UTF8.GetBytes(renderer.Render(pages[i]));
            }
            catch (Scriban.Syntax.ScriptRuntimeException e)
            {
                var d = new DiagnosticBag();
                d.Add("RS115", new SourceLocation($"theme/{e.Span.FileName}", e.Span.Start.Line + 1), value: $"{pages[i].Path}: {e.OriginalMessage}");
                foreach (var x in d.Items) failures.Add(x);
            }
        });
        diagnostics.AddRange(failures);
        foreach (var key in renderer.MissingKeys)
            diagnostics.Add("RS116", new SourceLocation($"theme/i18n/{key[..2]}.json"), value: key[4..]);
        if (diagnostics.HasErrors)
            return new BuildResult(diagnostics.Items, data.Plans.Count, pages.Count, 0, 0, false);

        var files = pages.Select((p, i) => new OutputFile(p.OutputFile, html[i]))
            .Concat(StaticAssets.From(theme.StaticRoot))
            .Concat(StylesheetBundle.From(Path.Combine(theme.Root, "css")) is { } css ? [css] : [])
            .Concat(SiteFiles.Extra(data, pages, options.BaseUrl))
            .Concat(datasetFiles)
            .Append(new OutputFile("catalog.jsonld", LinkedData.DcatCatalog(data, catalog, options.BaseUrl)))
            .Concat(theme.Strings.Values.OrderBy(s => s.Lang, StringComparer.Ordinal).Select(s => AtomFeed.Write(data, s, options.BaseUrl)))
            .Concat(theme.Strings.Values.OrderBy(s => s.Lang, StringComparer.Ordinal).Select(s => AtomFeed.WriteChanges(data, history, s, options.BaseUrl)))
            .ToList();
        progress($"write: {files.Count} files → {options.OutputDir}");
        string? searchFailure = null;
        try
        {
            SiteWriter.Write(options.OutputDir, files, staging =>
            {
                if (pagefind is null) return;
                progress("search: pagefind (one index per language)");
                searchFailure = new PagefindIndexer(pagefind).Index(staging);
                if (searchFailure is not null) throw new OperationCanceledException(searchFailure);
            });
        }
        catch (OperationCanceledException) when (searchFailure is not null)
        {
            diagnostics.Add("RS118", new SourceLocation("pagefind"), value: searchFailure);
            return new BuildResult(diagnostics.Items, data.Plans.Count, pages.Count, 0, 0, false);
        }
        return new BuildResult(diagnostics.Items, data.Plans.Count, pages.Count, files.Count, files.Sum(f => (long)f.Bytes.Length), true);
    }
}
