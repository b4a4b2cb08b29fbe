using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reform.Site.Infrastructure;
using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>The DCAT-AP 3.0.1 catalogue of the portal (<c>catalog.jsonld</c>): a dataset per plan
/// and one of the all-plans files, together every download. Its JSON-LD context is embedded, so a
/// harvester reads it without fetching anything. Controlled vocabularies are the ones DCAT-AP names:
/// EU file types and data themes, IANA media types, ADMS publisher and licence types; the
/// municipality is its e-Stat statistical area URI.</summary>
internal static class DcatCatalog
{
    private const string FileTypes = "http://publications.europa.eu/resource/authority/file-type/";
    private const string MediaTypes = "https://www.iana.org/assignments/media-types/";
    private const string Languages = "http://publications.europa.eu/resource/authority/language/";
    private const string DataThemes = "http://publications.europa.eu/resource/authority/data-theme";

    /// <summary>Who publishes the catalogue. The site's operator is not a build option yet, so by
    /// default this is a minimal agent named after the site (<c>catalog.jsonld#publisher</c>);
    /// a later option passes the real one.</summary>
    internal sealed record Publisher(LocalizedText Name);

    private static readonly Publisher DefaultPublisher = new(Content.SiteConfig.Default.Operator);

    public static byte[] Write(DataSet data, IReadOnlyList<DatasetFile> files, string baseUrl, Publisher? publisher = null, LocalizedText? siteName = null)
    {
        siteName ??= LinkedData.SiteName;
        var catalogUrl = SitePaths.Absolute(baseUrl, SitePaths.Catalog);
        var operatorNode = new JsonObject
        {
            ["@id"] = catalogUrl + "#publisher",
            ["@type"] = "foaf:Agent",
            ["foaf:name"] = Lang((publisher ?? DefaultPublisher).Name),
        };
        var datasets = new JsonArray();
        if (data.Plans.Count > 0)
            datasets.Add(AllPlans(data, files.Where(f => f.PlanKey is null).ToList(), baseUrl, operatorNode, siteName));
        foreach (var plan in data.Plans)
            datasets.Add(ForPlan(plan, files.Where(f => f.PlanKey == plan.Key).ToList(), baseUrl, operatorNode));

        var catalog = new JsonObject
        {
            ["@context"] = Context(),
            ["@id"] = catalogUrl,
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = Lang(siteName),
            ["dct:description"] = Lang(CatalogDescription(data)),
            ["dct:publisher"] = operatorNode.DeepClone(),
            ["foaf:homepage"] = Typed(SitePaths.Absolute(baseUrl, ""), "foaf:Document"),
            ["dct:language"] = LanguagesNode(),
            ["dcat:themeTaxonomy"] = new JsonObject { ["@id"] = DataThemes, ["@type"] = "skos:ConceptScheme", ["dct:title"] = Tagged("Data theme", Language.En) },
        };
        if (data.Plans.Count > 0)
        {
            var (first, last) = LinkedData.Published(data.Plans);
            if (first is not null) catalog["dct:issued"] = Dated(first);
            if (last is not null) catalog["dct:modified"] = Dated(last);
            if (LinkedData.SharedLicense(data.Plans) is { } license) catalog["dct:license"] = License(license);
            catalog["dct:spatial"] = new JsonArray([.. data.Plans.Select(p => Spatial(p.Municipality)).OfType<JsonNode>()]);
        }
        catalog["dcat:dataset"] = datasets;
        return JsonSerializer.SerializeToUtf8Bytes(catalog, Json.Indented).Concat("\n"u8.ToArray()).ToArray();
    }

    private static JsonObject Context() => new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["dcatap"] = "http://data.europa.eu/r5r/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
    };

    private static LocalizedText CatalogDescription(DataSet data) => LocalizedText.Of(
        $"日本の市区町村の行財政改革計画（{data.Plans.Count.ToString(CultureInfo.InvariantCulture)}計画）の取組、評価、効果額、KPI、本文のオープンデータのカタログ。計画ごとのデータセットと全計画のデータセットを、CSV・JSON・Excel・ZIPの配布で収録する。",
        $"Catalogue of open data on the administrative and fiscal reform plans of Japanese municipalities ({data.Plans.Count.ToString(CultureInfo.InvariantCulture)} plans): initiatives, ratings, fiscal effects, KPIs and texts. A dataset per plan and one of all plans, distributed as CSV, JSON, Excel and ZIP files.");

    /// <summary>A plan's dataset. Its publisher is the site's operator, who transcribed and publishes
    /// it; the city's report it was transcribed from is its <c>dct:source</c> (DCAT-AP ranges that
    /// over dcat:Dataset, so the report is described as one, published by the city).</summary>
    private static JsonObject ForPlan(Plan plan, IReadOnlyList<DatasetFile> files, string baseUrl, JsonObject operatorNode)
    {
        var m = plan.Metadata;
        var license = Licenses.Of(m.License);
        var dataset = new JsonObject
        {
            ["@id"] = DatasetId(baseUrl, plan),
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = plan.Key,
            ["dct:title"] = Lang(LinkedData.Title(plan)),
            ["dct:description"] = Lang(LinkedData.Description(plan)),
            ["dct:publisher"] = operatorNode.DeepClone(),
            ["dct:source"] = SourceReport(plan, baseUrl),
            ["dcat:contactPoint"] = new JsonObject { ["@type"] = new JsonArray("vcard:Kind", "vcard:Organization"), ["vcard:fn"] = operatorNode["foaf:name"]!.DeepClone() },
            ["dct:temporal"] = Temporal(m.Period.From, m.Period.To),
            ["dct:language"] = LanguagesNode(),
            ["dcat:keyword"] = Keywords([plan]),
            ["dcat:theme"] = Theme(),
            ["dcat:landingPage"] = Typed(SitePaths.Absolute(baseUrl, SitePaths.Plan(Language.Ja, plan.Key)), "foaf:Document"),
        };
        if (m.PrintedDate is { } printed)
        {
            dataset["dct:issued"] = Dated(printed);
            dataset["dct:modified"] = Dated(printed);
        }
        if (Spatial(plan.Municipality) is { } spatial) dataset["dct:spatial"] = spatial;
        var licensed = license.Url.Length > 0 ? license : null;
        if (licensed is not null) dataset["dct:license"] = License(licensed);
        dataset["dcat:distribution"] = Distributions(files, licensed, baseUrl);
        return dataset;
    }

    /// <summary>The city's report a plan's data was transcribed from, with the city as its publisher.</summary>
    private static JsonObject SourceReport(Plan plan, string baseUrl)
    {
        var m = plan.Metadata;
        var report = new JsonObject
        {
            ["@id"] = SitePaths.Absolute(baseUrl, SitePaths.Plan(Language.Ja, plan.Key)) + "#source-report",
            ["@type"] = "dcat:Dataset",
            ["dct:title"] = Lang(m.Source.Title),
            ["dct:description"] = Lang(LocalizedText.Of(
                $"{m.Publisher.Ja}が公表した報告書。このデータセットは、これを転記したものです。",
                $"The report published by {m.Publisher.En ?? m.Publisher.Ja}, from which this dataset was transcribed.")),
            ["dct:publisher"] = new JsonObject
            {
                ["@type"] = "foaf:Agent",
                ["foaf:name"] = Lang(m.Publisher),
                ["dct:type"] = new JsonObject { ["@id"] = "http://purl.org/adms/publishertype/LocalAuthority", ["@type"] = "skos:Concept", ["skos:prefLabel"] = Tagged("Local Authority", Language.En) },
            },
        };
        report["dcat:contactPoint"] = new JsonObject { ["@type"] = new JsonArray("vcard:Kind", "vcard:Organization"), ["vcard:fn"] = Lang(m.Publisher) };
        report["dcat:keyword"] = Keywords([plan]);
        report["dcat:theme"] = Theme();
        report["dct:temporal"] = Temporal(m.Period.From, m.Period.To);
        if (Spatial(plan.Municipality) is { } spatial) report["dct:spatial"] = spatial;
        if (!string.IsNullOrEmpty(m.Source.Url))
        {
            report["dcat:landingPage"] = Typed(m.Source.Url, "foaf:Document");
            report["dcat:distribution"] = new JsonArray(new JsonObject { ["@type"] = "dcat:Distribution", ["dcat:accessURL"] = new JsonObject { ["@id"] = m.Source.Url } });
        }
        if (m.PrintedDate is { } printed) report["dct:issued"] = Dated(printed);
        return report;
    }

    private static JsonObject AllPlans(DataSet data, IReadOnlyList<DatasetFile> files, string baseUrl, JsonObject operatorNode, LocalizedText siteName)
    {
        var (first, last) = LinkedData.Published(data.Plans);
        var (from, to) = LinkedData.Span(data.Plans);
        var license = LinkedData.SharedLicense(data.Plans);
        var dataset = new JsonObject
        {
            ["@id"] = AllPlansId(baseUrl),
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = "all-plans",
            ["dct:title"] = Lang(LocalizedText.Of($"{siteName.Ja}（全計画）", $"{siteName.En} (all plans)")),
            ["dct:description"] = Lang(LinkedData.AllPlansDescription(data.Plans)),
            ["dct:publisher"] = operatorNode.DeepClone(),
            ["dct:temporal"] = Temporal(from, to),
            ["dct:spatial"] = new JsonArray([.. data.Plans.Select(p => Spatial(p.Municipality)).OfType<JsonNode>()]),
            ["dct:language"] = LanguagesNode(),
            ["dcat:keyword"] = Keywords(data.Plans),
            ["dcat:theme"] = Theme(),
            ["dcat:landingPage"] = Typed(SitePaths.Absolute(baseUrl, SitePaths.Downloads(Language.Ja)), "foaf:Document"),
        };
        if (first is not null) dataset["dct:issued"] = Dated(first);
        if (last is not null) dataset["dct:modified"] = Dated(last);
        if (license is not null) dataset["dct:license"] = License(license);
        dataset["dcat:distribution"] = Distributions(files, license, baseUrl);
        return dataset;
    }

    /// <summary>The dataset of a plan, by its Japanese downloads page (the identifier the catalogue has always used).</summary>
    public static string DatasetId(string baseUrl, Plan plan) => SitePaths.Absolute(baseUrl, SitePaths.PlanDownloads(Language.Ja, plan.Key));

    /// <summary>The all-plans dataset: a fragment of the Japanese downloads page, which is its landing page.</summary>
    public static string AllPlansId(string baseUrl) => SitePaths.Absolute(baseUrl, SitePaths.Downloads(Language.Ja)) + "#all-plans";

    private static JsonArray Distributions(IReadOnlyList<DatasetFile> files, Licenses.License? license, string baseUrl) => new([.. files.Select(f =>
    {
        var url = SitePaths.Absolute(baseUrl, f.Path);
        var rows = f.Rows is int n ? n.ToString(CultureInfo.InvariantCulture) : null;
        var distribution = new JsonObject
        {
            ["@id"] = url + "#distribution",
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = Lang(f.Title),
            ["dct:description"] = Lang(LocalizedText.Of(
                rows is null ? $"{f.Title.Ja}（{f.Format}形式）" : $"{f.Title.Ja}（{f.Format}形式、{rows}行）",
                rows is null ? $"{f.Title.En ?? f.Title.Ja} ({f.Format})" : $"{f.Title.En ?? f.Title.Ja} ({f.Format}, {rows} rows)")),
            ["dcat:accessURL"] = new JsonObject { ["@id"] = url },
            ["dcat:downloadURL"] = new JsonObject { ["@id"] = url },
            ["dct:format"] = Typed(FileTypes + f.Format.ToUpperInvariant(), "dct:MediaTypeOrExtent"),
            ["dcat:mediaType"] = Typed(MediaTypes + f.MediaType, "dct:MediaType"),
            ["dcat:byteSize"] = new JsonObject { ["@value"] = f.Size.ToString(CultureInfo.InvariantCulture), ["@type"] = "xsd:nonNegativeInteger" },
            ["dcatap:availability"] = new JsonObject { ["@id"] = "http://data.europa.eu/r5r/availability/stable", ["@type"] = "skos:Concept", ["skos:prefLabel"] = Tagged("Stable", Language.En) },
        };
        if (license is not null) distribution["dct:license"] = License(license);
        return (JsonNode)distribution;
    })]);

    private static JsonObject License(Licenses.License license) => new()
    {
        ["@id"] = license.Url,
        ["@type"] = "dct:LicenseDocument",
        ["dct:title"] = new JsonArray(Tagged(license.TitleJa, Language.Ja), Tagged(license.TitleEn, Language.En)),
        // Both licences the format knows (PDL 1.0, CC BY 4.0) ask only for attribution.
        ["dct:type"] = new JsonObject { ["@id"] = "http://purl.org/adms/licencetype/Attribution", ["@type"] = "skos:Concept", ["skos:prefLabel"] = Tagged("Attribution", Language.En) },
    };

    private static JsonObject? Spatial(Municipality municipality) => LinkedData.MunicipalityUri(municipality) is { } uri
        ? new JsonObject { ["@id"] = uri, ["@type"] = "dct:Location", ["skos:prefLabel"] = Lang(municipality.Name) }
        : null;

    private static JsonObject Temporal(int from, int? to)
    {
        var period = new JsonObject { ["@type"] = "dct:PeriodOfTime", ["dcat:startDate"] = new JsonObject { ["@value"] = LinkedData.PeriodStart(from), ["@type"] = "xsd:date" } };
        if (to is int end) period["dcat:endDate"] = new JsonObject { ["@value"] = LinkedData.PeriodEnd(end), ["@type"] = "xsd:date" };
        return period;
    }

    private static JsonObject Theme() => new()
    {
        ["@id"] = DataThemes + "/GOVE",
        ["@type"] = "skos:Concept",
        ["skos:prefLabel"] = Tagged("Government and public sector", Language.En),
        ["skos:inScheme"] = new JsonObject { ["@id"] = DataThemes },
    };

    private static JsonArray LanguagesNode() => new(
        Typed(Languages + "JPN", "dct:LinguisticSystem"),
        Typed(Languages + "ENG", "dct:LinguisticSystem"));

    private static JsonArray Keywords(IEnumerable<Plan> plans) =>
        new([.. LinkedData.Keywords(plans).SelectMany(k => (JsonNode[])[Tagged(k.Ja, Language.Ja), Tagged(k.En ?? k.Ja, Language.En)])]);

    private static JsonObject Dated(string published) => new() { ["@value"] = published, ["@type"] = LinkedData.DateType(published) };

    private static JsonObject Typed(string id, string type) => new() { ["@id"] = id, ["@type"] = type };

    private static JsonArray Lang(LocalizedText text) => new(Tagged(text.Ja, Language.Ja), Tagged(text.En ?? text.Ja, Language.En));

    private static JsonObject Tagged(string value, Language lang) => new() { ["@value"] = value, ["@language"] = lang.Code };
}
