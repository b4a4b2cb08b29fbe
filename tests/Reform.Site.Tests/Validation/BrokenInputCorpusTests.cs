using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Validation;

/// <summary>Every folder under Fixtures/broken is the good fixture with one deliberate mistake
/// (its files overlay Fixtures/good/data). The validator must report exactly the expected
/// codes at the expected file, row and column — and nothing else that is an error, except
/// consequences the case lists in <c>also</c>.</summary>
public sealed class BrokenInputCorpusTests
{
    private static string BrokenRoot => Path.Combine(RepoPaths.Fixtures, "broken");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(BrokenRoot).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_25_cases_and_covers_every_error_code()
    {
        var expectedCodes = Directory.GetDirectories(BrokenRoot)
            .SelectMany(d => ReadCase(d).Expected).Select(e => e.Split(' ')[0]).ToHashSet();
        Assert.True(Directory.GetDirectories(BrokenRoot).Length >= 25);
        // RS113–RS118 concern the theme and the search tooling, not the data. RS130–RS134 concern
        // an Excel workbook given to import (Spreadsheets/HostileWorkbookTests), not the data folder.
        var dataCodes = DiagnosticCatalog.Default.Codes
            .Where(c => DiagnosticCatalog.Default.SeverityOf(c) == Severity.Error && c is not ("RS113" or "RS114" or "RS115" or "RS116" or "RS117" or "RS118")
                && c is not ("RS130" or "RS131" or "RS132" or "RS133" or "RS134"));
        var uncovered = dataCodes.Where(c => !expectedCodes.Contains(c)).ToList();
        Assert.True(uncovered.Count == 0, "codes without a broken case: " + string.Join(", ", uncovered));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_input_is_reported_with_code_and_location(string name)
    {
        var spec = ReadCase(Path.Combine(BrokenRoot, name));
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var overlay = Path.Combine(BrokenRoot, name, "data");
        if (Directory.Exists(overlay)) TempDir.CopyTree(overlay, data);
        foreach (var path in spec.Delete)
        {
            var full = Path.Combine(data, path);
            if (path.EndsWith('/')) Directory.Delete(full, true);
            else File.Delete(full);
        }
        if (spec.RenamePlanFolder is { } rename)
            Directory.Move(Path.Combine(data, "plans", "012131-sample-plan"), Path.Combine(data, "plans", rename));

        var (loaded, diagnostics) = DataLoader.Load(data);
        // `validate` checks without keeping the model: it must report exactly the same.
        var (checkedPlans, checkedDiagnostics) = DataLoader.Check(data);
        Assert.Equal(diagnostics.Select(Describe), checkedDiagnostics.Select(Describe));
        Assert.Equal(loaded.Plans.Count, checkedPlans);

        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        foreach (var expected in spec.Expected)
            Assert.True(errors.Any(d => Matches(d, expected)),
                $"expected {expected}; got:\n{string.Join("\n", errors.Select(Describe))}");
        var allowed = spec.Expected.Select(e => e.Split(' ')[0]).Concat(spec.Also).ToHashSet();
        Assert.All(errors, d => Assert.True(allowed.Contains(d.Code), $"unexpected {Describe(d)}"));
    }

    /// <summary>"CODE file[:row] [column]" as written in case.json.</summary>
    private static bool Matches(Diagnostic d, string expected)
    {
        var parts = expected.Split(' ', 3);
        var fileAndRow = parts[1].Split(':');
        return d.Code == parts[0]
            && d.Location.File == fileAndRow[0]
            && (fileAndRow.Length < 2 || d.Location.Row == int.Parse(fileAndRow[1]))
            && (parts.Length < 3 || d.Location.Column == parts[2]);
    }

    private static string Describe(Diagnostic d) => $"{d.Code} {d.Location.File}:{d.Location.Row} {d.Location.Column} {d.Argument("value")}";

    private static CaseSpec ReadCase(string dir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "case.json")));
        var root = doc.RootElement;
        string[] List(string name) => root.TryGetProperty(name, out var e) ? e.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        return new CaseSpec(List("expected"), List("also"), List("delete"),
            root.TryGetProperty("rename_plan_folder", out var r) ? r.GetString() : null);
    }

    private sealed record CaseSpec(string[] Expected, string[] Also, string[] Delete, string? RenamePlanFolder);
}
