using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Reform.Site.Content;

/// <summary>Renders a Markdown table as the site's other tables are: class <c>data</c> (borders,
/// the cells' minimum width, small print at a readable size) inside a <c>table-scroll</c> region
/// that scrolls sideways on a phone instead of squeezing its columns to a character or two
/// (issue 22). The theme's script makes the region a keyboard stop only when it scrolls.</summary>
internal sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        table.GetAttributes().AddClass("data");
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-scroll\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }

    /// <summary>Puts this renderer in place of Markdig's own table renderer.</summary>
    public static void Replace(HtmlRenderer renderer)
    {
        var existing = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (existing is not null) renderer.ObjectRenderers.Remove(existing);
        renderer.ObjectRenderers.Add(new ScrollingTableRenderer());
    }
}
