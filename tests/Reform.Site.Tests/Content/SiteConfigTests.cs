using Reform.Site.Cli;
using Reform.Site.Content;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Content;

/// <summary>site.yml: read into a typed record, every mistake a coded error with its line, and
/// its values used where the site names itself (page titles, footer, DCAT catalogue, JSON-LD).</summary>
public sealed class SiteConfigTests
{
    private const string Valid = """
        name:
          ja: 例市オープンデータ
          en: Example City Open Data
        operator:
          ja: 例市 行政経営課
          en: Administrative Management Division, Example City
        contact: mailto:open@example.org
        base_url: https://open.example.org/reform/
        license:
          name:
            ja: CC BY 4.0
            en: CC BY 4.0
          url: https://creativecommons.org/licenses/by/4.0/
        """;

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return (SiteConfigReader.Parse(yaml, bag), bag.Items);
    }

    [Fact]
    public void A_valid_file_is_read_into_the_record()
    {
        var (config, diagnostics) = Parse(Valid);
        Assert.Empty(diagnostics);
        Assert.Equal("例市オープンデータ", config!.Name.Ja);
        Assert.Equal("Administrative Management Division, Example City", config.Operator.En);
        Assert.Equal("mailto:open@example.org", config.Contact);
        Assert.Equal("https://open.example.org/reform/", config.BaseUrl);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", config.License!.Url);
    }

    [Fact]
    public void Without_a_file_the_site_has_the_default_settings()
    {
        using var temp = new TempDir();
        var bag = new DiagnosticBag();
        Assert.Same(SiteConfig.Default, SiteConfigReader.Read(temp.Combine(SiteConfig.FileName), bag));
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("name: [unclosed", "RS150", null, 1)]
    [InlineData("- a list\n- not names", "RS150", null, 1)]
    [InlineData("operator:\n  ja: 課\n  en: Division\n", "RS151", "name", 1)]
    [InlineData("name:\n  ja: 例\noperator:\n  ja: 課\n  en: Division\n", "RS151", "name", 2)]
    [InlineData("name: just one text\noperator:\n  ja: 課\n  en: Division\n", "RS151", "name", 1)]
    [InlineData("name:\n  ja: 例\n  en: Ex\noperator:\n  ja: 課\n  en: Division\ncontact: javascript:alert(1)\n", "RS151", "contact", 7)]
    [InlineData("name:\n  ja: 例\n  en: Ex\noperator:\n  ja: 課\n  en: Division\nbase_url: https://example.org/no-slash\n", "RS151", "base_url", 7)]
    [InlineData("name:\n  ja: 例\n  en: Ex\noperator:\n  ja: 課\n  en: Division\nlicense:\n  name:\n    ja: 例\n    en: Ex\n", "RS151", "license.url", 1)]
    [InlineData("name:\n  ja: 例\n  en: Ex\noperator:\n  ja: 課\n  en: Division\nsite_name: typo\n", "RS152", null, 7)]
    [InlineData("name:\n  ja: 例\n  en: Ex\nname:\n  ja: 例\n  en: Ex\n", "RS150", null, 4)]
    [InlineData("name:\n  ja: \"a\\x07b\"\n  en: Ex\noperator:\n  ja: 課\n  en: Division\n", "RS151", "name", 2)]
    [InlineData("name:\n  ja: 例\n  en: Ex\noperator:\n  ja: 課\n  en: Division\nofficial: yes\n", "RS151", "official", 7)]
    public void Every_mistake_is_a_coded_error_at_its_line(string yaml, string code, string? column, int line)
    {
        var (config, diagnostics) = Parse(yaml);
        Assert.Null(config);
        var d = Assert.Single(diagnostics, d => d.Code.ToString() == code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("site.yml", d.Location.File);
        Assert.Equal(line, d.Location.Row);
        if (column is not null) Assert.Equal(column, d.Location.Column);
        Assert.All(diagnostics, x => Assert.DoesNotContain("{", DiagnosticCatalog.Default.Message(x, Reform.Site.Localization.Language.Ja), StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_and_build_refuse_a_broken_site_yml_and_use_a_valid_one()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("data"));
        File.WriteAllText(temp.Combine("site.yml"), "name:\n  ja: 例\n");
        var output = new StringWriter();
        Assert.Equal(1, CliApp.Run(["validate", "--data", temp.Combine("data"), "--content", temp.Combine("none")], output, new StringWriter()));
        Assert.Contains("RS151 site.yml", output.ToString(), StringComparison.Ordinal);
        var annotations = new StringWriter();
        Assert.Equal(1, CliApp.Run(["validate", "--data", temp.Combine("data"), "--content", temp.Combine("none"), "--format", "github"], annotations, new StringWriter()));
        Assert.Contains($"::error file={temp.Path}/site.yml,line=1", annotations.ToString(), StringComparison.Ordinal);
        var refused = SiteBuilder.Build(new BuildOptions(temp.Combine("data"), temp.Combine("_site"), temp.Combine("none"), RepoPaths.Theme, "https://example.org/", SearchMode.Off));
        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Diagnostics, d => d.Code == Codes.InvalidSiteSetting);

        File.WriteAllText(temp.Combine("site.yml"), Valid);
        output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["build", "--data", temp.Combine("data"), "--out", temp.Combine("_site"), "--content", temp.Combine("none"), "--theme", RepoPaths.Theme, "--search", "off", "--history", "0", "--cache-dir", ""], output, new StringWriter()));
        var home = File.ReadAllText(temp.Combine("_site", "ja", "index.html"));
        Assert.Contains("<title>例市オープンデータ</title>", home, StringComparison.Ordinal);
        Assert.Contains("href=\"https://creativecommons.org/licenses/by/4.0/\"", home, StringComparison.Ordinal);
        Assert.Contains("Example City Open Data", File.ReadAllText(temp.Combine("_site", "en", "index.html")), StringComparison.Ordinal);
        var catalog = File.ReadAllText(temp.Combine("_site", "catalog.jsonld"));
        Assert.Contains("例市 行政経営課", catalog, StringComparison.Ordinal);
        // Without --base-url, the settings' address is the site's.
        Assert.Contains("https://open.example.org/reform/", catalog, StringComparison.Ordinal);
        Assert.Contains("例市オープンデータ", File.ReadAllText(temp.Combine("_site", "ja", "downloads", "index.html")), StringComparison.Ordinal);

        // A changed setting is a changed site: the build does not call it up to date.
        File.WriteAllText(temp.Combine("site.yml"), Valid.Replace("例市オープンデータ", "別の名前", StringComparison.Ordinal));
        Assert.Equal(0, CliApp.Run(["build", "--data", temp.Combine("data"), "--out", temp.Combine("_site"), "--content", temp.Combine("none"), "--theme", RepoPaths.Theme, "--search", "off", "--history", "0", "--cache-dir", ""], new StringWriter(), new StringWriter()));
        Assert.Contains("別の名前", File.ReadAllText(temp.Combine("_site", "ja", "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unofficial_site_says_so_on_every_page_and_the_operator_publishes_each_plans_data(bool official)
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("data"));
        TempDir.CopyTree(RepoPaths.Content, temp.Combine("content"));
        File.WriteAllText(temp.Combine("site.yml"), Valid + $"\nofficial: {(official ? "true" : "false")}\n");
        Assert.Equal(0, CliApp.Run(["build", "--data", temp.Combine("data"), "--out", temp.Combine("_site"), "--content", temp.Combine("content"), "--theme", RepoPaths.Theme, "--search", "off", "--history", "0", "--cache-dir", ""], new StringWriter(), new StringWriter()));
        foreach (var (lang, notice) in new[] { ("ja", "各市の公式サイトではありません"), ("en", "This is not an official site of the cities.") })
        {
            var footer = File.ReadAllText(temp.Combine("_site", lang, "index.html"));
            Assert.Equal(!official, footer.Contains(notice, StringComparison.Ordinal));
            var contact = File.ReadAllText(temp.Combine("_site", lang, "contact", "index.html"));
            Assert.Contains("href=\"mailto:open@example.org\">open@example.org</a>", contact, StringComparison.Ordinal);
        }

        using var catalog = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.Combine("_site", "catalog.jsonld")));
        var plan = catalog.RootElement.GetProperty("dcat:dataset").EnumerateArray().Last();
        Assert.Contains("例市 行政経営課", plan.GetProperty("dct:publisher").GetRawText(), StringComparison.Ordinal);
        var source = plan.GetProperty("dct:source");
        Assert.Equal("dcat:Dataset", source.GetProperty("@type").GetString());
        Assert.Contains("LocalAuthority", source.GetProperty("dct:publisher").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_contact_the_contact_page_says_none_is_set()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("data"));
        TempDir.CopyTree(RepoPaths.Content, temp.Combine("content"));
        File.WriteAllText(temp.Combine("site.yml"), Valid.Replace("contact: mailto:open@example.org\n", "", StringComparison.Ordinal));
        Assert.Equal(0, CliApp.Run(["build", "--data", temp.Combine("data"), "--out", temp.Combine("_site"), "--content", temp.Combine("content"), "--theme", RepoPaths.Theme, "--search", "off", "--history", "0", "--cache-dir", ""], new StringWriter(), new StringWriter()));
        Assert.Contains("運営者の連絡先は、まだ設定されていません", File.ReadAllText(temp.Combine("_site", "ja", "contact", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("運営者への連絡", File.ReadAllText(temp.Combine("_site", "ja", "index.html")), StringComparison.Ordinal);
    }
}
