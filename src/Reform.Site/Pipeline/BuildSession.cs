using System.Diagnostics;
using Reform.Site.Changes;
using Reform.Site.Content;
using Reform.Site.Datasets;
using Reform.Site.Diagnostics;
using Reform.Site.Infrastructure;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Output;
using Reform.Site.Rendering;
using Reform.Site.Rendering.Building;
using Reform.Site.Search;
using Reform.Site.Validation;

namespace Reform.Site.Pipeline;

/// <summary>One build, as named stages run in order (<see cref="BuildStages"/>): fingerprint,
/// load, plan, render (with the downloads and the change history made alongside), commit, index.
/// Each stage is timed and reports its own diagnostics; the first that fails ends the build, and
/// any failure before the commit leaves the previous output as it was. What a stage makes for the
/// later ones is kept in this session's fields.</summary>
internal sealed class BuildSession : IDisposable
{
    private readonly BuildOptions _options;
    private readonly Action<string> _progress;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];
    private string? _failedStage;

    // fingerprint
    private string? _pagefind;
    private InputFingerprint _inputs = null!;
    private int? _upToDateFiles;

    // load
    private TextStore? _texts;
    private DataSet _data = null!;
    private IReadOnlyList<ContentPage> _content = [];
    private AccessibilityResults? _accessibility;
    private SiteTheme _theme = null!;
    private SiteConfig _site = SiteConfig.Default;

    // plan
    private StagedOutput? _output;
    private IReadOnlySet<string> _unchanged = new HashSet<string>();
    private IEnumerable<PageSpec> _pages = [];
    private readonly MadeAlongside<IReadOnlyList<DatasetFile>> _downloads = new("the downloads");
    private readonly MadeAlongside<IReadOnlyList<ChangeHistory.Publication>> _changes = new("the change history");

    private SearchBundles? _searchBundles;
    private IReadOnlySet<string> _keptBundles = new HashSet<string>();

    // render, commit, index
    private SearchFeed? _search;
    private UpdateDates _gitDays = UpdateDates.None;
    private string? _searchFailure;
    private int _pageCount;
    private WriteSummary _written = null!;

    public BuildSession(BuildOptions options, Action<string>? progress)
    {
        _options = options;
        // Progress comes from the downloads' thread too: one line at a time.
        var report = progress ?? (_ => { });
        var gate = new object();
        _progress = message => { lock (gate) report(message); };
    }

    public BuildResult Run() => Stages() with { Stages = _timings.ToList(), FailedStage = _failedStage };

    public void Dispose()
    {
        _output?.Dispose(); // (a failure before the commit: the staging folder goes, the output stays)
        _search?.Dispose();
        _texts?.Dispose();
    }

    private BuildResult Stages()
    {
        if (!Stage(BuildStages.Fingerprint, Fingerprint)) return BuildResult.Failed(_diagnostics.Items);
        if (_upToDateFiles is { } files) return BuildResult.AlreadyUpToDate(files);
        if (!Stage(BuildStages.Load, Load)) return BuildResult.Failed(_diagnostics.Items, plans: _data.Plans.Count);
        var plans = _data.Plans.Count;
        Stage(BuildStages.Plan, Plan);
        var rendered = Stage(BuildStages.Render, Render);
        if (_downloads.Elapsed is { } datasets) _timings.Add(new StageTiming(BuildStages.Datasets, datasets));
        if (_options.History > 0 && _changes.Elapsed is { } history) _timings.Add(new StageTiming(BuildStages.History, history));
        if (!rendered) return BuildResult.Failed(_diagnostics.Items, plans: plans, pages: _pageCount);
        Stage(BuildStages.Commit, Commit);
        if (_pagefind is not null && (_written.PagesChanged || !Directory.Exists(Path.Combine(_options.OutputDir, SearchFeed.OutputFolder)))
            && !Stage(BuildStages.Index, Index))
            return BuildResult.Failed(_diagnostics.Items, plans: plans, pages: _pageCount);
        return BuildResult.Built(_diagnostics.Items, plans, _pageCount, _written.Files, _written.Bytes, _written.Written);
    }

    /// <summary>Runs a stage with its own diagnostics, and times it. False when the stage says the
    /// build cannot go on; the first such stage is the result's <see cref="BuildResult.FailedStage"/>.</summary>
    private bool Stage(string name, Func<DiagnosticBag, bool> stage)
    {
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var ok = false;
        try
        {
            ok = stage(diagnostics);
            return ok;
        }
        finally
        {
            _timings.Add(new StageTiming(name, clock.Elapsed));
            _diagnostics.AddRange(diagnostics.Items);
            if (!ok) _failedStage ??= name;
        }
    }

    private bool Stage(string name, Action stage) => Stage(name, _ => { stage(); return true; });

    /// <summary>Checks where the build may write, finds Pagefind and hashes every input; when the
    /// hash is the last build's, there is nothing to do.</summary>
    private bool Fingerprint(DiagnosticBag diagnostics)
    {
        OutputFolderRule.Check(_options, diagnostics);
        if (diagnostics.HasErrors) return false;
        _pagefind = _options.Search == SearchMode.Off ? null : PagefindLocator.Find();
        _gitDays = UpdateDates.FromGit(_options.DataDir);
        _inputs = Inputs(_options, _pagefind, _gitDays);
        if (BuildManifest.Read(_options.OutputDir) is { } last && last.Fingerprint == _inputs.Combined)
        {
            _progress("up to date: no input changed since the last build");
            _upToDateFiles = last.Files.Count;
        }
        return true;
    }

    /// <summary>Loads and validates the data, reads the content and the theme, and checks that
    /// search can be built as asked.</summary>
    private bool Load(DiagnosticBag diagnostics)
    {
        _progress("load+validate: " + _options.DataDir);
        var rules = _options.CacheDir is { } cache ? new ValidationCache(cache, _inputs) : null;
        // The long texts wait on disk until their pages and downloads are made (TextStore).
        _texts = new TextStore();
        var (data, dataDiagnostics) = DataLoader.Load(_options.DataDir, rules: rules, texts: _texts);
        _data = data;
        if (rules is not null) CacheFolder.Prune(rules.Folder);
        diagnostics.AddRange(dataDiagnostics);
        _content = ContentInputs.Read(_options.ContentDir, data.Plans.Select(p => p.Key), diagnostics);
        _accessibility = AccessibilityResultsReader.Read(_options.ContentDir, diagnostics);
        var site = SiteConfigReader.Read(SiteConfig.PathFor(_options.DataDir), diagnostics);
        var theme = SiteTheme.Load(_options.ThemeDir, diagnostics);
        if (_pagefind is null && _options.Search != SearchMode.Off)
            diagnostics.Add(_options.Search == SearchMode.Required ? Codes.PagefindNotFound : Codes.SearchIndexSkipped, new SourceLocation("node_modules"), value: "pagefind");
        if (diagnostics.HasErrors || theme is null || site is null) return false;
        _site = site;
        _theme = theme.WithSite(site);
        return true;
    }

    /// <summary>Opens the staging folder, finds the plans whose pages and downloads can be kept
    /// from the last build (neither the plan's folder nor anything shared changed: the bytes would
    /// be the same), and plans the pages. The plan is lazy (listed again for each pass, never held
    /// whole: SitePlanner) and does not wait for the downloads or the change history: the pages
    /// that show them read them when they are rendered, last.</summary>
    private void Plan()
    {
        _output = new StagedOutput(_options.OutputDir, [SearchFeed.OutputFolder + "/"]);
        _unchanged = _inputs.UnchangedSince(_output.Previous?.Inputs);
        if (_unchanged.Count > 0) _progress($"keeping the pages and downloads of {_unchanged.Count} unchanged plan(s) from the last build");
        if (_pagefind is not null) PlanSearch();
        _pages = SitePlanner.Plan(_data, _content, _theme, _downloads.Read, _options.BaseUrl, _changes.Read, _options.TopicPageSize, _accessibility);
    }

    /// <summary>Splits the search index into bundles of plans (<see cref="SearchBundles"/>) and
    /// finds those the last build made of the same plans, none of which changed: they are kept as
    /// the output has them.</summary>
    private void PlanSearch()
    {
        _searchBundles = SearchBundles.Of(_data.Plans, _options.SearchBundlePages);
        var previous = _output!.Previous;
        _keptBundles = _searchBundles.All
            .Where(b => b.Plans.All(_unchanged.Contains) && previous is not null
                && previous.Files.ContainsKey(b.Folder + "pagefind-entry.json") && File.Exists(Path.Combine(_options.OutputDir, b.Folder, "pagefind-entry.json")))
            .Select(b => b.Folder).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Starts the downloads and the change history, renders the pages on every core into
    /// the staging folder meanwhile (those that show the downloads or the history in a second
    /// pass, once both are done), then stages the site-wide files. A template error or a missing
    /// UI string fails the build.</summary>
    private bool Render(DiagnosticBag diagnostics)
    {
        var output = _output!;
        // Only the downloads and change pages need these, and those are rendered last.
        _progress("datasets: canonical tables, flat tables, JSON, XLSX, ZIP, metadata (alongside the pages)");
        var downloads = _downloads.Start(() =>
        {
            var rows = _options.CacheDir is { } cacheDir ? RowCache.Persistent(cacheDir, _inputs) : null;
            var pieces = _options.CacheDir is { } folder ? SqliteParts.Persistent(folder, _inputs) : null;
            var files = new DatasetBuilder(_data, _options.DataDir, _theme.Strings, _unchanged, rows, pieces, _progress).Build(output);
            if (rows is not null) CacheFolder.Prune(rows.Folder);
            pieces?.Prune();
            _progress($"downloads made ({files.Count} files)");
            return files;
        });
        if (_options.History > 0) _progress($"history: the data's last {_options.History} git commits (alongside the pages)");
        var changes = _changes.Start(() => _options.History > 0 ? ReadHistory(_options) : []);
        _progress($"render+write: the pages of {_data.Plans.Count} plans in {Language.All.Count} languages → {_options.OutputDir}");
        using var renderer = new PageRenderer(_theme, new SiteSettings(_options.BaseUrl, _pagefind is not null, _content.Select(c => c.Slug).Distinct().ToList())
        {
            Contact = _site.Contact,
            Official = _site.Official,
            Updated = _gitDays.WithNotes(_data),
            PlanContacts = _data.Plans.Where(p => p.Metadata.Contact is not null).ToDictionary(p => p.Key, p => p.Metadata.Contact!, StringComparer.Ordinal),
            LicenseUrl = _site.License?.Url,
            SearchBundles = _searchBundles is null ? new Dictionary<string, IReadOnlyList<string>>()
                : Localization.Language.All.ToDictionary(l => l.Code, l => _searchBundles.Folders(l), StringComparer.Ordinal),
        });
        StartSearch();
        var (failures, rendered) = RenderPasses.RenderWhile(downloads, () => RenderPasses.Render(_pages, renderer, output, _unchanged, ready: () => RenderPasses.Settle(downloads, changes), _search));
        _pageCount = rendered;
        if (failures.Count > 0 || renderer.MissingKeys.Count > 0)
        {
            diagnostics.AddRange(failures);
            foreach (var missing in renderer.MissingKeys)
                diagnostics.Add(Codes.MissingUiString, new SourceLocation($"theme/i18n/{missing.Lang}.json"), value: missing.Key);
            return false;
        }
        var catalog = downloads.GetAwaiter().GetResult();
        var history = changes.GetAwaiter().GetResult();
        _progress($"rendered {_pageCount} pages");
        var files = StaticAssets.From(_theme.StaticRoot)
            .Concat(StylesheetBundle.From(Path.Combine(_theme.Root, "css")) is { } css ? [css] : [])
            .Append(new OutputFile(SitePaths.Catalog, DcatCatalog.Write(_data, catalog, _options.BaseUrl, new DcatCatalog.Publisher(_site.Operator), _site.Name)))
            .Append(PlanDocumentSchema.File(_options.BaseUrl))
            .Concat(_theme.Strings.Values.OrderBy(s => s.Lang.Code, StringComparer.Ordinal).Select(s => AtomFeed.Write(_data, s, _options.BaseUrl)))
            .Concat(_theme.Strings.Values.OrderBy(s => s.Lang.Code, StringComparer.Ordinal).Select(s => AtomFeed.WriteChanges(_data, s, _options.BaseUrl)));
        foreach (var file in files) output.Add(file);
        SiteFiles.Write(output, _pages, _options.BaseUrl);
        return true;
    }

    /// <summary>Starts the search index's Pagefind service, which the pages are sent to as they
    /// render (<see cref="SearchFeed"/>). When it cannot start, the build goes on and the index
    /// stage reports why.</summary>
    private void StartSearch()
    {
        if (_pagefind is null) return;
        _progress($"search: pagefind services fed as the pages render ({_searchBundles!.All.Count} bundles of node pages, {_keptBundles.Count} kept from the last build)");
        try
        {
            _search = SearchFeed.Start(_pagefind, _options.OutputDir, _searchBundles, _keptBundles, Environment.ProcessorCount);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            _searchFailure = e.Message;
        }
    }

    /// <summary>Moves the staged site into the output folder, with the manifest of these inputs.</summary>
    private void Commit()
    {
        using (var output = _output!)
        {
            _written = output.Commit(_inputs.Combined, _inputs);
        }
        _output = null;
        _progress($"wrote {_written.Written} of {_written.Files} files (removed {_written.Removed})");
    }

    /// <summary>Writes the main bundle of the search index the pages were fed to while they
    /// rendered, waits for the bundles of node pages, and brings the output's copy in line with
    /// them, leaving the kept bundles as they are. A failure leaves the site committed
    /// but without its manifest, so the next build starts afresh.</summary>
    private bool Index(DiagnosticBag diagnostics)
    {
        _progress($"search: writing the index of {_search?.Pages ?? 0} pages ({_search?.BundlesMade ?? 0} bundles of node pages made, {_keptBundles.Count} kept)");
        try
        {
            if ((_searchFailure ?? _search!.Write()) is { } failure)
            {
                File.Delete(Path.Combine(_options.OutputDir, BuildManifest.FileName)); // the next build starts afresh
                diagnostics.Add(Codes.SearchIndexFailed, new SourceLocation("pagefind"), value: failure);
                return false;
            }
            FolderSync.IntoOutput(_options.OutputDir, SearchFeed.OutputFolder, _search!.Index, _keptBundles);
            return true;
        }
        finally
        {
            _search?.Dispose();
            _search = null;
        }
    }

    private static IReadOnlyList<ChangeHistory.Publication> ReadHistory(BuildOptions options)
    {
        var cache = options.CacheDir is { } folder ? new ComparisonCache(folder) : null;
        var history = ChangeHistory.Read(options.DataDir, options.History, DataLoader.Reader, cache);
        cache?.Prune();
        return history;
    }

    private static InputFingerprint Inputs(BuildOptions options, string? pagefind, UpdateDates days)
    {
        var head = options.History > 0 && GitRevisions.TopLevel(options.DataDir) is { } repo ? GitRevisions.Head(repo) : null;
        var version = typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString();
        return InputFingerprint.Of(options.DataDir, [options.ContentDir, options.ThemeDir],
            [version, options.BaseUrl, options.Search.Name(), pagefind ?? "no-search", options.History.ToString(System.Globalization.CultureInfo.InvariantCulture),
             options.TopicPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
             options.SearchBundlePages.ToString(System.Globalization.CultureInfo.InvariantCulture),
             // The site's settings are an input like the theme: a new name or operator is a new site.
             File.Exists(SiteConfig.PathFor(options.DataDir)) ? File.ReadAllText(SiteConfig.PathFor(options.DataDir)) : "no site.yml",
             "updated " + (days.Site ?? "-")], head ?? "-", days.Plans);
    }
}
