using System.Text.Json;
using System.Text.Json.Nodes;
using Reform.Site.Infrastructure;
using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>Machine-readable descriptions of the datasets: schema.org Dataset (embedded in each
/// dataset page) and a DCAT catalogue of the whole portal.</summary>
internal static class LinkedData
{
    /// <summary>schema.org Dataset for one plan (or all plans when <paramref name="plan"/> is null).
    /// Serialised with the default encoder, which escapes &lt; so it is safe inside a script element.</summary>
    public static string SchemaOrgDataset(Plan? plan, IReadOnlyList<DatasetFile> files, string pageUrl, string baseUrl, Language lang)
    {
        var license = Licenses.Of(plan?.Metadata.License ?? "PDL-1.0");
        var dataset = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["name"] = plan is null ? (lang == Language.Ja ? "行財政改革オープンデータ（全計画）" : "Administrative Reform Open Data (all plans)") : $"{plan.Municipality.Name.For(lang)} {plan.Metadata.Title.For(lang)}",
            ["description"] = plan is null ? "Administrative and fiscal reform plans of Japanese municipalities: hierarchy, ratings, effects, KPIs and texts." : plan.Metadata.ReportTitle.For(lang),
            ["url"] = pageUrl,
            ["inLanguage"] = new JsonArray(Language.Ja.Code, Language.En.Code),
            ["isAccessibleForFree"] = true,
            ["license"] = license.Url,
            ["distribution"] = new JsonArray(files.Select(f => (JsonNode)new JsonObject
            {
                ["@type"] = "DataDownload",
                ["name"] = f.Title.For(lang),
                ["encodingFormat"] = f.MediaType,
                ["contentUrl"] = SitePaths.Absolute(baseUrl, f.Path),
                ["contentSize"] = f.Size + " B",
            }).ToArray()),
        };
        if (plan is not null)
        {
            dataset["creator"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = plan.Municipality.Name.For(lang), ["identifier"] = plan.Municipality.Code };
            dataset["spatialCoverage"] = new JsonObject { ["@type"] = "Place", ["name"] = plan.Municipality.Name.For(lang) };
            dataset["temporalCoverage"] = $"{plan.Metadata.Period.From}-04-01/{(plan.Metadata.Period.To is int to ? $"{to + 1}-03-31" : "..")}";
            dataset["datePublished"] = plan.Metadata.Published;
        }
        return dataset.ToJsonString();
    }

    /// <summary>A DCAT catalogue (JSON-LD) listing every plan as a dataset with its distributions.</summary>
    public static byte[] DcatCatalog(DataSet data, IReadOnlyList<DatasetFile> files, string baseUrl)
    {
        var datasets = data.Plans.Select(plan =>
        {
            var license = Licenses.Of(plan.Metadata.License);
            return (JsonNode)new JsonObject
            {
                ["@id"] = SitePaths.Absolute(baseUrl, SitePaths.PlanDownloads(Language.Ja, plan.Key)),
                ["@type"] = "dcat:Dataset",
                ["dct:identifier"] = plan.Key,
                ["dct:title"] = Lang(plan.Municipality.Name, plan.Metadata.Title),
                ["dct:description"] = Lang(null, plan.Metadata.ReportTitle),
                ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Agent", ["foaf:name"] = plan.Metadata.Publisher.Ja },
                ["dct:spatial"] = plan.Municipality.Code,
                ["dct:issued"] = plan.Metadata.Published,
                ["dct:license"] = new JsonObject { ["@id"] = license.Url },
                ["dcat:landingPage"] = new JsonObject { ["@id"] = SitePaths.Absolute(baseUrl, SitePaths.Plan(Language.Ja, plan.Key)) },
                ["dcat:distribution"] = new JsonArray(files.Where(f => f.PlanKey == plan.Key && !f.Path.StartsWith(SitePaths.Download(SitePaths.PlanDataFolder(plan.Key)), StringComparison.Ordinal)).Select(f => (JsonNode)new JsonObject
                {
                    ["@type"] = "dcat:Distribution",
                    ["dct:title"] = f.Title.En ?? f.Title.Ja,
                    ["dcat:downloadURL"] = new JsonObject { ["@id"] = SitePaths.Absolute(baseUrl, f.Path) },
                    ["dcat:mediaType"] = f.MediaType,
                    ["dcat:byteSize"] = f.Size,
                    ["dct:license"] = new JsonObject { ["@id"] = license.Url },
                }).ToArray()),
            };
        }).ToArray();
        var catalog = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
            },
            ["@id"] = SitePaths.Absolute(baseUrl, SitePaths.Catalog),
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = new JsonArray(Tagged("行財政改革オープンデータ", Language.Ja), Tagged("Administrative Reform Open Data", Language.En)),
            ["dcat:dataset"] = new JsonArray(datasets),
        };
        return JsonSerializer.SerializeToUtf8Bytes(catalog, Json.Indented).Concat("\n"u8.ToArray()).ToArray();
    }

    private static JsonArray Lang(LocalizedText? prefix, LocalizedText text) => new(
        Tagged(prefix is null ? text.Ja : $"{prefix.Ja} {text.Ja}", Language.Ja),
        Tagged(prefix is null ? text.En ?? text.Ja : $"{prefix.En ?? prefix.Ja} {text.En ?? text.Ja}", Language.En));

    private static JsonObject Tagged(string value, Language lang) => new() { ["@value"] = value, ["@language"] = lang.Code };
}
