using System.Text.Json.Nodes;
using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>The schema.org Dataset embedded in each downloads page, written to meet Google's
/// Dataset structured-data rules: a name, a description of 50–5000 characters in the page's
/// language, and the recommended creator (name, url), distribution, identifier, keywords, license,
/// spatialCoverage, temporalCoverage, url, isAccessibleForFree and includedInDataCatalog.</summary>
internal static class DatasetJsonLd
{
    /// <summary>The all-plans dataset (the site's downloads page).</summary>
    public static string AllPlans(IReadOnlyList<Plan> plans, IReadOnlyList<DatasetFile> files, string baseUrl, Language lang, string? siteName = null)
    {
        var (from, to) = plans.Count > 0 ? LinkedData.Span(plans) : (0, null);
        var dataset = Common(
            lang == Language.Ja ? $"{siteName ?? LinkedData.SiteName.Ja}（全計画）" : $"{siteName ?? LinkedData.SiteName.En} (all plans)",
            LinkedData.AllPlansDescription(plans).For(lang),
            DcatCatalog.AllPlansId(baseUrl), SitePaths.Absolute(baseUrl, SitePaths.Downloads(lang)), files, baseUrl, lang, siteName);
        dataset["keywords"] = Keywords(plans, lang);
        if (LinkedData.SharedLicense(plans) is { } license) dataset["license"] = license.Url;
        if (plans.Count > 0)
        {
            dataset["creator"] = new JsonArray([.. plans.DistinctBy(p => p.Municipality.Code).Select(p => (JsonNode)Creator(p.Municipality, lang))]);
            dataset["spatialCoverage"] = new JsonArray([.. plans.DistinctBy(p => p.Municipality.Code).Select(p => (JsonNode)Place(p.Municipality, lang))]);
            dataset["temporalCoverage"] = Temporal(from, to);
            if (LinkedData.Published(plans) is { First: { } first, Last: { } last })
            {
                dataset["datePublished"] = first;
                dataset["dateModified"] = last;
            }
        }
        return dataset.ToJsonString();
    }

    /// <summary>One plan's dataset (its downloads page). Serialised with the default encoder, which
    /// escapes &lt; so it is safe inside a script element.</summary>
    public static string ForPlan(Plan plan, IReadOnlyList<DatasetFile> files, string baseUrl, Language lang, string? siteName = null)
    {
        var dataset = Common(LinkedData.Title(plan).For(lang), LinkedData.Description(plan).For(lang),
            DcatCatalog.DatasetId(baseUrl, plan), SitePaths.Absolute(baseUrl, SitePaths.PlanDownloads(lang, plan.Key)), files, baseUrl, lang, siteName);
        dataset["keywords"] = Keywords([plan], lang);
        if (Licenses.Of(plan.Metadata.License) is { Url.Length: > 0 } license) dataset["license"] = license.Url;
        dataset["creator"] = Creator(plan.Municipality, lang);
        dataset["spatialCoverage"] = Place(plan.Municipality, lang);
        dataset["temporalCoverage"] = Temporal(plan.Metadata.Period.From, plan.Metadata.Period.To);
        if (plan.Metadata.PrintedDate is { } printed) dataset["datePublished"] = printed;
        return dataset.ToJsonString();
    }

    private static JsonObject Common(string name, string description, string identifier, string pageUrl, IReadOnlyList<DatasetFile> files, string baseUrl, Language lang, string? siteName = null) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Dataset",
        ["name"] = name,
        ["description"] = description,
        ["identifier"] = identifier,
        ["url"] = pageUrl,
        ["inLanguage"] = new JsonArray(Language.Ja.Code, Language.En.Code),
        ["isAccessibleForFree"] = true,
        ["includedInDataCatalog"] = new JsonObject
        {
            ["@type"] = "DataCatalog",
            ["name"] = siteName ?? LinkedData.SiteName.For(lang),
            ["url"] = SitePaths.Absolute(baseUrl, SitePaths.Catalog),
        },
        ["distribution"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject
        {
            ["@type"] = "DataDownload",
            ["name"] = f.Title.For(lang),
            ["encodingFormat"] = f.MediaType,
            ["contentUrl"] = SitePaths.Absolute(baseUrl, f.Path),
            ["contentSize"] = f.Size + " B",
        })]),
    };

    /// <summary>The municipality, with its e-Stat statistical area URI as its address.</summary>
    private static JsonObject Creator(Municipality municipality, Language lang)
    {
        var creator = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = municipality.Name.For(lang), ["identifier"] = municipality.Code };
        if (LinkedData.MunicipalityUri(municipality) is { } uri) creator["url"] = uri;
        return creator;
    }

    private static JsonObject Place(Municipality municipality, Language lang)
    {
        var place = new JsonObject { ["@type"] = "Place", ["name"] = municipality.Prefecture is { } p ? $"{municipality.Name.For(lang)}, {p.For(lang)}" : municipality.Name.For(lang) };
        if (LinkedData.MunicipalityUri(municipality) is { } uri) place["sameAs"] = uri;
        return place;
    }

    private static string Temporal(int from, int? to) => $"{LinkedData.PeriodStart(from)}/{(to is int end ? LinkedData.PeriodEnd(end) : "..")}";

    private static JsonArray Keywords(IEnumerable<Plan> plans, Language lang) => new([.. LinkedData.Keywords(plans).Select(k => (JsonNode)k.For(lang)).DistinctBy(k => k.GetValue<string>(), StringComparer.Ordinal)]);
}
