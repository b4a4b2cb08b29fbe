using System.Text;
using System.Xml;
using Reform.Site.Model;
using Reform.Site.Rendering;

namespace Reform.Site.Output;

/// <summary>An Atom feed per language of the published reports, newest first, so readers and
/// aggregators learn when a city's new results are published.</summary>
public static class AtomFeed
{
    public static string PathFor(string lang) => $"{lang}/feed.xml";

    public static OutputFile Write(DataSet data, ThemeStrings strings, string baseUrl)
    {
        var lang = strings.Lang;
        var plans = data.Plans.OrderByDescending(p => p.Metadata.Published, StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, lang);
            xml.WriteElementString("title", strings.Get("feed.title") ?? "Reform.Site");
            xml.WriteElementString("id", SiteLinks.Absolute(baseUrl, PathFor(lang)));
            xml.WriteElementString("updated", Timestamp(plans.Select(p => p.Metadata.Published).DefaultIfEmpty("2000").Max()!));
            Link(xml, SiteLinks.Absolute(baseUrl, PathFor(lang)), "self");
            Link(xml, SiteLinks.Absolute(baseUrl, SiteLinks.HomePath(lang)), "alternate");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", strings.Get("site.title") ?? "Reform.Site");
            xml.WriteEndElement();
            foreach (var plan in plans)
            {
                var url = SiteLinks.Absolute(baseUrl, SiteLinks.PlanPath(lang, plan.Key));
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", $"{plan.Municipality.Name.For(lang)}: {plan.Metadata.ReportTitle.For(lang)}");
                xml.WriteElementString("id", url);
                xml.WriteElementString("updated", Timestamp(plan.Metadata.Published));
                Link(xml, url, "alternate");
                xml.WriteElementString("summary", $"{plan.Metadata.Title.For(lang)} — {plan.Metadata.Publisher.For(lang)}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        buffer.Write("\n"u8);
        return new OutputFile(PathFor(lang), buffer.ToArray());
    }

    public static string ChangesPathFor(string lang) => $"{lang}/changes.xml";

    /// <summary>The errata feed: one entry per publication of the data (a git commit) and plan.</summary>
    public static OutputFile WriteChanges(DataSet data, IReadOnlyList<Changes.ChangeHistory.Publication> history, ThemeStrings strings, string baseUrl)
    {
        var lang = strings.Lang;
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, lang);
            xml.WriteElementString("title", strings.Get("feed.changes_title") ?? "Changes");
            xml.WriteElementString("id", SiteLinks.Absolute(baseUrl, ChangesPathFor(lang)));
            xml.WriteElementString("updated", Timestamp(history.Select(h => h.Revision.Date).DefaultIfEmpty("2000").Max()!));
            Link(xml, SiteLinks.Absolute(baseUrl, ChangesPathFor(lang)), "self");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", strings.Get("site.title") ?? "Reform.Site");
            xml.WriteEndElement();
            foreach (var publication in history)
            foreach (var plan in publication.Plans.Where(p => data.Plans.Any(x => x.Key == p.PlanKey)))
            {
                var model = data.Plans.First(x => x.Key == plan.PlanKey);
                var url = SiteLinks.Absolute(baseUrl, $"{lang}/plans/{plan.PlanKey}/changes/") + "#c-" + publication.Revision.Commit[..7];
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", $"{model.Municipality.Name.For(lang)}: {publication.Revision.Subject}");
                xml.WriteElementString("id", url);
                xml.WriteElementString("updated", Timestamp(publication.Revision.Date));
                Link(xml, url, "alternate");
                xml.WriteElementString("summary", (strings.Get("feed.changes_summary") ?? "{n} changes").Replace("{n}", plan.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        buffer.Write("\n"u8);
        return new OutputFile(ChangesPathFor(lang), buffer.ToArray());
    }

    /// <summary>Reports give a month or a year; Atom wants an instant, so take its first day.</summary>
    private static string Timestamp(string published) => published.Length switch
    {
        4 => $"{published}-01-01T00:00:00Z",
        7 => $"{published}-01T00:00:00Z",
        _ => $"{published}T00:00:00Z",
    };

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
