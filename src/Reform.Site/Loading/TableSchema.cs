namespace Reform.Site.Loading;

/// <summary>A table of the canonical format: its file name and columns.</summary>
internal sealed record TableSchema(string Name, string Description, IReadOnlyList<FieldSchema> Fields, IReadOnlyList<string> PrimaryKey)
{
    public string FileName => Name + ".csv";

    /// <summary>The description in Japanese (<c>rs:descriptionJa</c>).</summary>
    public string DescriptionJa { get; init; } = "";

    // Looked up for every cell of a national data set: a dictionary, not a scan of the fields.
    private readonly Dictionary<string, FieldSchema> _byName = ByName(Fields);

    public FieldSchema? Field(string name) => _byName.GetValueOrDefault(name);

    private static Dictionary<string, FieldSchema> ByName(IReadOnlyList<FieldSchema> fields)
    {
        var byName = new Dictionary<string, FieldSchema>(StringComparer.Ordinal);
        foreach (var field in fields) byName.TryAdd(field.Name, field); // the first of a name, as a scan finds it
        return byName;
    }
}
