namespace Reform.Site.Loading;

/// <summary>A table of the canonical format: its file name and columns.</summary>
public sealed record TableSchema(string Name, string Description, IReadOnlyList<FieldSchema> Fields, IReadOnlyList<string> PrimaryKey)
{
    public string FileName => Name + ".csv";

    public FieldSchema? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
