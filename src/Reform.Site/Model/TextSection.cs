using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A long text about a node, or about the whole plan (no node): a result, a plan, a
/// review, a council's comment, a closing list of outcomes.</summary>
/// <remarks>In a site build the text waits in a <see cref="TextStore"/> until a page or a
/// download reads it; everywhere else it is held here.</remarks>
internal sealed record TextSection(string? NodeId, int? FiscalYear, string KindId, string? DepartmentId, int? Item, LocalizedText Text, RowSource Source)
{
    private readonly StoredText _text = StoredText.Of(Text);

    public LocalizedText Text
    {
        get => _text.Value!;
        init => _text = StoredText.Of(value);
    }

    private TextSection(TextSection section, StoredText text) : this(section) => _text = text;

    internal TextSection StoredAs(StoredText text) => new(this, text);
}
