namespace Reform.Site.Infrastructure;

/// <summary>Copies part of a file, as it is, into a stream: an entry already compressed in a plan's
/// ZIP, a plan's CSV records in its row spool.</summary>
internal static class FileRange
{
    /// <summary>Copies <paramref name="count"/> bytes of <paramref name="path"/> from <paramref name="from"/>
    /// into <paramref name="target"/>; throws when the file ends first (it changed since it was read).</summary>
    public static void Copy(string path, long from, long count, Stream target)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        file.Position = from;
        var buffer = new byte[Math.Clamp(count, 1, 1 << 16)];
        while (count > 0)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0) throw new EndOfStreamException($"{path} ended {count} bytes early");
            target.Write(buffer, 0, read);
            count -= read;
        }
    }
}
