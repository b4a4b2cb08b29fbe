using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Validation;

/// <summary>Every folder under Fixtures/broken is the good fixture with one deliberate mistake
/// (its <c>data/</c> overlays Fixtures/good/data; its <c>content/</c>, if any, is the content
/// folder). The validator must report exactly the expected codes at the expected file, row and
/// column — and nothing else that is an error, except consequences the case lists in
/// <c>also</c>; <c>warnings</c> must be among its warnings. Links and huge files are made here
/// (<c>links</c>, <c>sparse</c>), not kept as fixtures.</summary>
public sealed class BrokenInputCorpusTests
{
    private static string BrokenRoot => Path.Combine(RepoPaths.Fixtures, "broken");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(BrokenRoot).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    /// <summary>RS113–RS118 concern the theme and the search tooling, RS123–RS124 the output
    /// folder, RS130–RS135 and RS213 the workbook import, RS150–RS152 site.yml (beside the data folder,
    /// not in it), RS153 init: not the data folder (they have tests of their own: OutputFolderTests,
    /// HostileWorkbookTests, SiteConfigTests, InitCommandTests).</summary>
    private static readonly HashSet<DiagnosticCode> NotAboutTheDataFolder =
    [
        Codes.MissingThemeFile, Codes.TemplateSyntaxError, Codes.TemplateRenderError, Codes.MissingUiString, Codes.PagefindNotFound, Codes.SearchIndexFailed,
        Codes.OutputOverlapsInput, Codes.OutputFolderNotOurs,
        Codes.UnreadableWorkbook, Codes.WorkbookTooLarge, Codes.WorkbookDtd, Codes.NotAPlanKey, Codes.PlanNotFound, Codes.FormulaWithoutValue, Codes.NotAnXlsxWorkbook,
        Codes.InvalidSiteYaml, Codes.InvalidSiteSetting, Codes.UnknownSiteSetting, Codes.InitFolderNotEmpty,
    ];

    [Fact]
    public void The_corpus_has_at_least_25_cases_and_covers_every_error_code()
    {
        var expectedCodes = Directory.GetDirectories(BrokenRoot)
            .SelectMany(d => ReadCase(d).Expected).Select(CodeOf).ToHashSet();
        Assert.True(Directory.GetDirectories(BrokenRoot).Length >= 25);
        var dataCodes = DiagnosticCatalog.Default.Codes
            .Where(c => DiagnosticCatalog.Default.SeverityOf(c) == Severity.Error && !NotAboutTheDataFolder.Contains(c));
        var uncovered = dataCodes.Where(c => !expectedCodes.Contains(c)).ToList();
        Assert.True(uncovered.Count == 0, "codes without a broken case: " + string.Join(", ", uncovered));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_input_is_reported_with_code_and_location(string name)
    {
        using var temp = new TempDir();
        var (spec, data, content) = Prepare(name, temp);

        var (loaded, dataDiagnostics) = DataLoader.Load(data);
        // `validate` checks without keeping the model, and reads the content too: it must report
        // what loading reports, and what reading the content adds.
        var (checkedPlans, diagnostics) = InputCheck.Check(data, content);
        var contentOnly = diagnostics.Where(d => d.Location.File.StartsWith("content/", StringComparison.Ordinal)).Select(Describe);
        Assert.Equal(dataDiagnostics.Select(Describe).Concat(contentOnly).Order(StringComparer.Ordinal), diagnostics.Select(Describe).Order(StringComparer.Ordinal));
        // Every plan folder counts as checked, also one whose plan.json could not be read.
        Assert.Equal(Reform.Site.Loading.DataFolderReader.PlanFolders(data, new DiagnosticBag()).Count, checkedPlans);

        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        foreach (var expected in spec.Expected)
            Assert.True(errors.Any(d => Matches(d, expected)),
                $"expected {expected}; got:\n{string.Join("\n", errors.Select(Describe))}");
        foreach (var expected in spec.Warnings)
            Assert.True(diagnostics.Any(d => d.Severity == Severity.Warning && Matches(d, expected)),
                $"expected warning {expected}; got:\n{string.Join("\n", diagnostics.Select(Describe))}");
        var allowed = spec.Expected.Select(CodeOf).Concat(spec.Also.Select(DiagnosticCode.Parse)).ToHashSet();
        Assert.All(errors, d => Assert.True(allowed.Contains(d.Code), $"unexpected {Describe(d)}"));
        // Nothing of a linked file's target is quoted (it may be a system file).
        Assert.DoesNotContain(diagnostics, d => d.Arguments.Values.Any(v => v.Contains("root:", StringComparison.Ordinal)));
    }

    /// <summary>validate and build agree: build refuses what validate reports as an error, with
    /// the same errors, before writing anything, and builds every case validate accepts.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_accepts_exactly_what_validate_accepts(string name)
    {
        using var temp = new TempDir();
        var (_, data, content) = Prepare(name, temp);
        var (_, diagnostics) = InputCheck.Check(data, content);
        var validateErrors = diagnostics.Where(d => d.Severity == Severity.Error).Select(Describe).Order(StringComparer.Ordinal).ToList();

        var output = temp.Combine("_site");
        var result = SiteBuilder.Build(new BuildOptions(data, output, content, RepoPaths.Theme, "https://example.org/site/", Search: SearchMode.Off));

        var buildErrors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(Describe).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(validateErrors, buildErrors);
        Assert.Equal(validateErrors.Count == 0, result.Succeeded);
        Assert.Equal(result.Succeeded, Directory.Exists(output));
    }

    /// <summary>The case's data and content folders in <paramref name="temp"/>.</summary>
    internal static (CaseSpec Spec, string Data, string Content) Prepare(string name, TempDir temp)
    {
        var spec = ReadCase(Path.Combine(BrokenRoot, name));
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var overlay = Path.Combine(BrokenRoot, name, "data");
        if (Directory.Exists(overlay)) TempDir.CopyTree(overlay, data);
        var content = temp.Combine("content");
        if (Directory.Exists(Path.Combine(BrokenRoot, name, "content"))) TempDir.CopyTree(Path.Combine(BrokenRoot, name, "content"), content);
        foreach (var path in spec.Delete)
        {
            var full = Path.Combine(data, path);
            if (path.EndsWith('/')) Directory.Delete(full, true);
            else File.Delete(full);
        }
        if (spec.RenamePlanFolder is { } rename)
            Directory.Move(Path.Combine(data, "plans", "012131-sample-plan"), Path.Combine(data, "plans", rename));
        foreach (var (path, target) in spec.Links)
        {
            var full = Path.Combine(data, path);
            if (File.Exists(full)) File.Delete(full);
            if (target == "$OUTSIDE")
            {
                // A complete, valid plan, but outside the data folder.
                var outside = temp.Combine("outside");
                TempDir.CopyTree(Path.Combine(RepoPaths.GoodData, "plans", "012131-sample-plan"), outside);
                Directory.CreateSymbolicLink(full, outside);
            }
            else File.CreateSymbolicLink(full, target);
        }
        foreach (var (path, size) in spec.Sparse)
        {
            var full = path.StartsWith("content/", StringComparison.Ordinal) ? Path.Combine(temp.Path, path) : Path.Combine(data, path);
            using var file = File.Create(full);
            file.SetLength(size); // sparse: no disk is used
        }
        return (spec, data, content);
    }

    private static DiagnosticCode CodeOf(string expected) => DiagnosticCode.Parse(expected.Split(' ')[0]);

    /// <summary>"CODE file[:row] [column]" as written in case.json.</summary>
    private static bool Matches(Diagnostic d, string expected)
    {
        var parts = expected.Split(' ', 3);
        var fileAndRow = parts[1].Split(':');
        return d.Code == DiagnosticCode.Parse(parts[0])
            && d.Location.File == fileAndRow[0]
            && (fileAndRow.Length < 2 || d.Location.Row == int.Parse(fileAndRow[1], System.Globalization.CultureInfo.InvariantCulture))
            && (parts.Length < 3 || d.Location.Column == parts[2]);
    }

    private static string Describe(Diagnostic d) => $"{d.Code} {d.Location.File}:{d.Location.Row} {d.Location.Column} {d.Argument("value")}";

    private static CaseSpec ReadCase(string dir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "case.json")));
        var root = doc.RootElement;
        string[] List(string name) => root.TryGetProperty(name, out var e) ? e.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        Dictionary<string, T> Map<T>(string name, Func<JsonElement, T> read) =>
            root.TryGetProperty(name, out var e) ? e.EnumerateObject().ToDictionary(p => p.Name, p => read(p.Value)) : [];
        return new CaseSpec(List("expected"), List("also"), List("warnings"), List("delete"),
            root.TryGetProperty("rename_plan_folder", out var r) ? r.GetString() : null,
            Map("links", v => v.GetString()!), Map("sparse", v => v.GetInt64()));
    }

    internal sealed record CaseSpec(string[] Expected, string[] Also, string[] Warnings, string[] Delete, string? RenamePlanFolder,
        IReadOnlyDictionary<string, string> Links, IReadOnlyDictionary<string, long> Sparse);
}
