namespace Reform.Site.Rendering.Views;

/// <summary>A section of long texts on a node page. Texts the city printed side by side (a
/// planned activity and its result; a department's content, result and direction — linked by
/// the same <c>item</c>) become a table with one column per kind; other texts become blocks
/// under the kind's heading, one per year and department.</summary>
internal sealed record TextSectionView(
    string Id,
    TextView Heading,
    IReadOnlyList<TextView> Columns,
    bool ShowYear,
    bool ShowDepartment,
    IReadOnlyList<TextRowView> Rows,
    IReadOnlyList<TextBlockView> Blocks)
{
    public bool IsTable => Columns.Count > 0;
}
