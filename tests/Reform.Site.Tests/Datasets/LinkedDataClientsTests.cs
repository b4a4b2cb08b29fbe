using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>The linked data of the shipped site as its real clients take it: a DCAT-AP 3.0.1
/// harvester (the EU's SHACL shapes, run by rdf-validate-shacl over the catalogue as jsonld reads
/// it, offline) and Google's Dataset structured-data rules over every downloads page.</summary>
public sealed partial class LinkedDataClientsTests : IClassFixture<ShippedSiteTests.Site>
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";

    private static readonly string Specs = Path.Combine(RepoPaths.Root, "tests", "Reform.Site.Tests", "Datasets", "specs", "dcat-ap-3.0.1");

    private static readonly string Client = Path.Combine(RepoPaths.Root, "tests", "Reform.Site.Tests", "Datasets", "clients", "dcat-shacl.mjs");

    /// <summary>Recommended DCAT-AP properties the catalogue leaves out, each because the data (or
    /// the site's settings) cannot fill it. A finding matches an entry by the property and the
    /// focus node's class, or, for one node, its IRI (relative to the site's base).</summary>
    private static readonly (string Path, string? Class, string? Focus, string Reason)[] AllowedRecommended =
    [
        (Dcat + "bbox", Dct + "Location", null, "plan.json has no geometry of the municipality; the e-Stat statistical area URI identifies it instead"),
        (Dcat + "centroid", Dct + "Location", null, "plan.json has no geometry of the municipality; the e-Stat statistical area URI identifies it instead"),
        (Dcat + "endDate", Dct + "PeriodOfTime", null, "an open-ended plan (period.to is null in plan.json, e.g. Aizuwakamatsu) has no end, nor then has the all-plans period"),
        (Dct + "type", null, "catalog.jsonld#publisher", "the site's operator is not a build option yet: the catalogue's publisher is a minimal node with a name only"),
        (Dcat + "distribution", null, "#source-report", "a city's report is a plan dataset's dct:source; where plan.json does not record the city's page for it (source.url empty, as for the five shipped reports), no distribution can be named"),
        (Dcat + "contactPoint", null, "ja/downloads/#all-plans", "the all-plans dataset is compiled by the site's operator, whose contact is not a build option yet"),
    ];

    private readonly BuiltSite _site;

    public LinkedDataClientsTests(ShippedSiteTests.Site site) => _site = site.Built;

    private string Base => _site.Options.BaseUrl;

    [Fact]
    public void The_catalogue_conforms_to_the_DCAT_AP_shapes_and_ranges()
    {
        var (triples, results) = Harvest("shapes.ttl", "range.ttl");
        Assert.True(triples > 500, $"only {triples} triples read from the catalogue");
        Assert.True(results.Count == 0, Describe(results));
    }

    [Fact]
    public void The_catalogue_has_every_recommended_property_the_data_can_fill()
    {
        var (_, results) = Harvest("shapes_recommended.ttl");
        var unexplained = results.Where(r => !AllowedRecommended.Any(a => Allows(a, r))).ToList();
        Assert.True(unexplained.Count == 0, Describe(unexplained));
        // The list stays honest: an entry nothing needs any more is dropped.
        var unused = AllowedRecommended.Where(a => !results.Any(r => Allows(a, r))).Select(a => a.Path).ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void The_catalogue_lists_every_download_once()
    {
        var files = Directory.GetFiles(Path.Combine(_site.Root, "downloads"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(_site.Root, "downloads"), f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("datapackage/", StringComparison.Ordinal)) // the data package's parts: its distribution is datapackage.json
            .Select(f => Base.TrimEnd('/') + "/downloads/" + f)
            .Order(StringComparer.Ordinal).ToList();
        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "catalog.jsonld")));
        var listed = catalog.RootElement.GetProperty("dcat:dataset").EnumerateArray()
            .SelectMany(d => d.GetProperty("dcat:distribution").EnumerateArray())
            .Select(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, listed);
    }

    [Fact]
    public void Titles_name_the_city_once()
    {
        var catalog = File.ReadAllText(Path.Combine(_site.Root, "catalog.jsonld"));
        Assert.DoesNotContain("Sendai City Sendai City", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("仙台市 仙台市", catalog, StringComparison.Ordinal);
        Assert.Contains("\"Osaki City 5th Intensive Reform Plan\"", catalog, StringComparison.Ordinal);
    }

    public static TheoryData<string> DownloadsPages()
    {
        var pages = new TheoryData<string>();
        foreach (var lang in new[] { "ja", "en" })
        {
            pages.Add($"{lang}/downloads/");
            foreach (var plan in Directory.GetDirectories(Path.Combine(RepoPaths.ShippedFixture, "plans")).Select(Path.GetFileName).Order(StringComparer.Ordinal))
                pages.Add($"{lang}/plans/{plan}/downloads/");
        }
        return pages;
    }

    [Theory]
    [MemberData(nameof(DownloadsPages))]
    public void Each_downloads_page_meets_Googles_Dataset_requirements(string page)
    {
        var scripts = _site.Page(page).QuerySelectorAll("script[type='application/ld+json']").ToList();
        var script = Assert.Single(scripts);
        using var json = JsonDocument.Parse(script.TextContent);
        var findings = GoogleDataset.Check(json.RootElement, Base.TrimEnd('/') + "/" + page, page[..2], contentUrl => _site.Exists(contentUrl[(Base.TrimEnd('/').Length + 1)..]));
        Assert.True(findings.Count == 0, $"{page}:\n" + string.Join("\n", findings));
    }

    private static bool Allows((string Path, string? Class, string? Focus, string Reason) allowed, Result result) =>
        allowed.Path == result.Path
        && (allowed.Class is null || result.Types.Contains(allowed.Class))
        && (allowed.Focus is null || result.Focus.EndsWith("/" + allowed.Focus, StringComparison.Ordinal));

    private static string Describe(IReadOnlyList<Result> results) =>
        $"{results.Count} finding(s):\n" + string.Join("\n", results.Take(40).Select(r => $"{r.Severity} {r.Shape} {r.Path} on {r.Focus} [{string.Join(' ', r.Types)}]: {r.Message} {r.Value}"));

    private sealed record Result(string Severity, string? Path, string Focus, IReadOnlyList<string> Types, string Shape, string Message, string? Value);

    /// <summary>Runs the harvester's client (node) on the built catalogue against the given shapes.</summary>
    private (int Triples, IReadOnlyList<Result> Results) Harvest(params string[] shapes)
    {
        _ = NodeModules.Root;
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in new[] { Client, Path.Combine(_site.Root, "catalog.jsonld") }.Concat(shapes.Select(s => Path.Combine(Specs, s)))) start.ArgumentList.Add(arg);
        using var node = Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"node failed: {error.Result}");
        using var report = JsonDocument.Parse(output);
        var results = report.RootElement.GetProperty("results").EnumerateArray().Select(r => new Result(
            r.GetProperty("severity").GetString()!,
            r.GetProperty("path").GetString(),
            r.GetProperty("focus").GetString()!,
            r.GetProperty("types").EnumerateArray().Select(t => t.GetString()!).ToList(),
            r.GetProperty("shape").GetString()!,
            r.GetProperty("message").GetString()!,
            r.GetProperty("value").GetString())).ToList();
        return (report.RootElement.GetProperty("triples").GetInt32(), results);
    }

    /// <summary>Google's documented Dataset rules (Search Central, "Dataset structured data"):
    /// required name and description (50–5000 characters); recommended creator (with name and
    /// url), distribution (contentUrl, encodingFormat), identifier, keywords, license,
    /// spatialCoverage, temporalCoverage, url, isAccessibleForFree, includedInDataCatalog. Every
    /// rule is applied as required here, and the description must be in the page's language.</summary>
    internal static partial class GoogleDataset
    {
        public static List<string> Check(JsonElement d, string pageUrl, string lang, Func<string, bool> exists)
        {
            var findings = new List<string>();
            void Need(bool ok, string finding)
            {
                if (!ok) findings.Add(finding);
            }
            Need(Str(d, "@context") is "https://schema.org" or "http://schema.org", "@context is not schema.org");
            Need(Str(d, "@type") == "Dataset", "@type is not Dataset");
            Need(!string.IsNullOrWhiteSpace(Str(d, "name")), "name is missing");
            var description = Str(d, "description") ?? "";
            Need(description.Length is >= 50 and <= 5000, $"description has {description.Length} characters (50–5000 required)");
            Need(lang == "ja" ? Kana().IsMatch(description) : Latin(description), $"description is not in the page's language ({lang})");
            var creators = Items(d, "creator");
            Need(creators.Count > 0, "creator is missing");
            foreach (var c in creators)
            {
                Need(!string.IsNullOrWhiteSpace(Str(c, "name")), "a creator has no name");
                Need(IsUrl(Str(c, "url")), "a creator has no url");
                Need(Str(c, "@type") is "Organization" or "GovernmentOrganization" or "Person", "a creator is not an Organization or Person");
            }
            var distributions = Items(d, "distribution");
            Need(distributions.Count > 0, "distribution is missing");
            foreach (var x in distributions)
            {
                Need(Str(x, "@type") == "DataDownload", "a distribution is not a DataDownload");
                var url = Str(x, "contentUrl");
                Need(IsUrl(url) && exists(url!), $"a distribution's contentUrl does not lead to a file: {url}");
                Need(!string.IsNullOrWhiteSpace(Str(x, "encodingFormat")), $"a distribution has no encodingFormat: {url}");
            }
            Need(!string.IsNullOrWhiteSpace(Str(d, "identifier")), "identifier is missing");
            Need(Items(d, "keywords").Count > 0 || !string.IsNullOrWhiteSpace(Str(d, "keywords")), "keywords is missing");
            Need(IsUrl(Str(d, "license")), "license is missing or not a URL");
            Need(Items(d, "spatialCoverage").Count > 0, "spatialCoverage is missing");
            Need(Str(d, "temporalCoverage") is { } t && Iso8601Interval().IsMatch(t), "temporalCoverage is missing or not an ISO 8601 date or interval");
            Need(Str(d, "url") == pageUrl, $"url is not the page's own ({pageUrl})");
            Need(d.TryGetProperty("isAccessibleForFree", out var free) && free.ValueKind is JsonValueKind.True or JsonValueKind.False, "isAccessibleForFree is missing");
            Need(d.TryGetProperty("includedInDataCatalog", out var catalog) && catalog.ValueKind == JsonValueKind.Object && Str(catalog, "@type") == "DataCatalog" && !string.IsNullOrWhiteSpace(Str(catalog, "name")),
                "includedInDataCatalog is missing or not a named DataCatalog");
            return findings;
        }

        private static string? Str(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        /// <summary>A property's values: an object, a string or an array of them.</summary>
        private static List<JsonElement> Items(JsonElement e, string name) =>
            !e.TryGetProperty(name, out var v) ? [] : v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : v.ValueKind is JsonValueKind.Object ? [v] : [];

        private static bool IsUrl(string? value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        /// <summary>English: nearly all letters are Latin (a quoted Japanese name may remain).</summary>
        private static bool Latin(string text)
        {
            var letters = text.Where(char.IsLetter).ToList();
            return letters.Count > 0 && letters.Count(c => c < 0x250) >= letters.Count * 0.9;
        }

        [GeneratedRegex(@"\p{IsHiragana}")]
        private static partial Regex Kana();

        [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?(/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$")]
        private static partial Regex Iso8601Interval();
    }
}
