using System.Text;
using System.Xml;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Output;

namespace Reform.Site.Rendering;

/// <summary>An Atom feed per language of the published reports, newest first, so readers and
/// aggregators learn when a city's new results are published.</summary>
internal static class AtomFeed
{
    public static OutputFile Write(DataSet data, ThemeStrings strings, string baseUrl)
    {
        var lang = strings.Lang;
        var plans = data.Plans.OrderByDescending(p => FeedDate(p), StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        return Feed(SitePaths.Feed(lang), strings, baseUrl, strings.Get("feed.title") ?? "Reform.Site",
            plans.Select(FeedDate).DefaultIfEmpty("2000").Max()!, SitePaths.Home(lang), xml =>
            {
                foreach (var plan in plans)
                    Entry(xml, $"{plan.Municipality.Name.For(lang)}: {plan.Metadata.ReportTitle.For(lang)}", SitePaths.Absolute(baseUrl, SitePaths.Plan(lang, plan.Key)),
                        FeedDate(plan), $"{plan.Metadata.Title.For(lang)} — {plan.Metadata.Publisher.For(lang)}");
            });
    }

    /// <summary>Atom requires a date on every entry. A report that prints none is dated by the
    /// year after its fiscal year, when such reports come out; the feed is the only place this
    /// stand-in appears (pages and metadata say the date is not printed).</summary>
    private static string FeedDate(Plan plan) =>
        PublishedDate.IsDate(plan.Metadata.Published) ? plan.Metadata.Published : (plan.Metadata.ReportedFiscalYear + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The errata feed: one entry per publication of the data (a git commit) and plan.</summary>
    public static OutputFile WriteChanges(DataSet data, ThemeStrings strings, string baseUrl)
    {
        var lang = strings.Lang;
        // The errata feed carries the staff's change notes (plan.change_notes), not the repository's commits.
        var notes = data.Plans.SelectMany(plan => ChangeNote.Anchored(plan.Metadata.ChangeNotes).Select(x => (plan, x.Note, x.Anchor)))
            .OrderByDescending(x => x.Note.Date, StringComparer.Ordinal).ThenBy(x => x.plan.Key, StringComparer.Ordinal).ToList();
        return Feed(SitePaths.ChangesFeed(lang), strings, baseUrl, strings.Get("feed.changes_title") ?? "Changes",
            notes.Select(x => x.Note.Date).DefaultIfEmpty("2000").Max()!, null, xml =>
            {
                foreach (var (plan, note, anchor) in notes)
                    Entry(xml, $"{plan.Municipality.Name.For(lang)}{strings.Get("sep.label") ?? ": "}{Headline(note.Note.For(lang))}",
                        SitePaths.Absolute(baseUrl, SitePaths.PlanChangeNote(lang, plan.Key, anchor)), note.Date, note.Note.For(lang));
            });
    }

    /// <summary>A note's first line, shortened to a title.</summary>
    private static string Headline(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 60 ? line : line[..59] + "…";
    }

    /// <summary>An Atom feed at <paramref name="path"/>: its head (title, id, updated, links,
    /// author), then the entries <paramref name="entries"/> writes.</summary>
    private static OutputFile Feed(string path, ThemeStrings strings, string baseUrl, string title, string updated, string? alternatePath, Action<XmlWriter> entries)
    {
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, strings.Lang.Code);
            xml.WriteElementString("title", title);
            xml.WriteElementString("id", SitePaths.Absolute(baseUrl, path));
            xml.WriteElementString("updated", Timestamp(updated));
            Link(xml, SitePaths.Absolute(baseUrl, path), "self");
            if (alternatePath is not null) Link(xml, SitePaths.Absolute(baseUrl, alternatePath), "alternate");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", strings.Get("site.operator") ?? strings.Get("site.title") ?? "Reform.Site"); // the operator runs the site (site.yml)
            xml.WriteEndElement();
            entries(xml);
            xml.WriteEndElement();
        }
        buffer.Write("\n"u8);
        return new OutputFile(path, buffer.ToArray());
    }

    private static void Entry(XmlWriter xml, string title, string url, string updated, string summary)
    {
        xml.WriteStartElement("entry");
        xml.WriteElementString("title", title);
        xml.WriteElementString("id", url);
        xml.WriteElementString("updated", Timestamp(updated));
        Link(xml, url, "alternate");
        xml.WriteElementString("summary", summary);
        xml.WriteEndElement();
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
