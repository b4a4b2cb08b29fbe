using System.Reflection;
using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Diagnostics;

/// <summary>The compiler checks that a rule names a declared code; these check the other half:
/// that the declared codes (<see cref="Codes"/>) and the catalogue (diagnostics.json) are the
/// same list, so no declared code lacks its wording and no catalogue entry is left unused.</summary>
public sealed class DiagnosticCodesTests
{
    private static readonly string CataloguePath = Path.Combine(RepoPaths.Root, "src", "Reform.Site", "Validation", "diagnostics.json");

    private static IReadOnlyList<(string Name, DiagnosticCode Code)> Declared() =>
        typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (f.Name, (DiagnosticCode)f.GetValue(null)!))
            .ToList();

    private static Dictionary<string, JsonElement> Catalogue()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(CataloguePath));
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    [Fact]
    public void Every_declared_code_has_a_catalogue_entry_in_both_languages()
    {
        var catalogue = Catalogue();
        Assert.NotEmpty(Declared());
        foreach (var (name, code) in Declared())
        {
            Assert.True(catalogue.TryGetValue(code.ToString(), out var entry), $"Codes.{name} ({code}) is not in diagnostics.json");
            Assert.NotNull(Severities.Parse(entry.GetProperty("severity").GetString()));
            foreach (var lang in new[] { "ja", "en" })
                foreach (var part in new[] { "message", "fix" })
                    Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty(lang).GetProperty(part).GetString()), $"{code} has no {lang} {part}");
        }
    }

    [Fact]
    public void Every_catalogue_entry_is_declared()
    {
        var declared = Declared().Select(d => d.Code.ToString()).ToHashSet(StringComparer.Ordinal);
        var orphans = Catalogue().Keys.Where(k => !declared.Contains(k)).ToList();
        Assert.True(orphans.Count == 0, "in diagnostics.json but not in Codes: " + string.Join(", ", orphans));
    }

    [Fact]
    public void No_two_names_declare_the_same_code()
    {
        var twice = Declared().GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.Name))}").ToList();
        Assert.True(twice.Count == 0, string.Join("; ", twice));
    }

    [Fact]
    public void The_loaded_catalogue_lists_the_declared_codes_in_order()
    {
        Assert.Equal(Declared().Select(d => d.Code).Order(), DiagnosticCatalog.Default.Codes);
    }

    [Theory]
    [InlineData("RS302")]
    [InlineData("RS101")]
    public void A_code_prints_as_it_is_parsed(string text)
    {
        Assert.Equal(text, DiagnosticCode.Parse(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("RS30")]
    [InlineData("RS3021")]
    [InlineData("rs302")]
    [InlineData("RS+12")]
    [InlineData("RS 12")]
    [InlineData("RS012")]
    public void Anything_else_is_not_a_code(string text)
    {
        Assert.Throws<FormatException>(() => DiagnosticCode.Parse(text));
    }
}
