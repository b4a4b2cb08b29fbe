namespace Reform.Site.Output;

/// <summary>A file of the finished site: its path relative to the output folder and its bytes.</summary>
internal sealed record OutputFile(string Path, byte[] Bytes);
