using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Reform.Site.Datasets;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>The ZIP of everything is written by our own writer from entries compressed elsewhere:
/// the readers its users run must read it (ZipArchive here, Info-ZIP's unzip where installed),
/// also in the ZIP64 form a national site's archive may need.</summary>
public sealed class ZipWriterTests
{
    private static readonly (string Name, string Text)[] Files =
    [
        ("themes.csv", "\uFEFFid,name_ja\r\nfinance,財政運営\r\n"),
        ("plans/012131-sample-plan/nodes.csv", string.Concat(Enumerable.Repeat("p1,,1,1,業務の見直し,Review\r\n", 2000))),
        ("empty.txt", ""),
        ("データ/説明.txt", "名前が日本語のファイル"),
    ];

    [Fact]
    public void Entries_compressed_here_read_back_with_their_names_and_bytes()
    {
        using var temp = new TempDir();
        var zip = temp.Combine("out.zip");
        Write(zip, Files.Select((f, i) => Deflated(temp, f.Name, f.Text, i)));

        AssertHolds(zip, Files);
    }

    [Fact]
    public void Entries_copied_from_a_ZipArchive_unchanged_give_the_bytes_ZipArchive_gives()
    {
        using var temp = new TempDir();
        var source = temp.Combine("source.zip");
        using (var file = File.Create(source))
            DeterministicZip.Write(file, Entries());
        var index = ZipIndex.Read(source);
        Assert.NotNull(index);
        Assert.Equal(Files.Select(f => f.Name).Order(StringComparer.Ordinal), index.Keys.Order(StringComparer.Ordinal));

        var copied = temp.Combine("copied.zip");
        Write(copied, Files.Select(f => index[f.Name]));
        var compressed = temp.Combine("compressed.zip");
        Write(compressed, Files.Select((f, i) => Deflated(temp, f.Name, f.Text, i)));

        AssertHolds(copied, Files);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(copied));
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(compressed));
    }

    [Fact]
    public void An_archive_compressed_side_by_side_is_byte_for_byte_the_one_written_in_turn()
    {
        var entries = Entries();
        using var inTurn = new MemoryStream();
        DeterministicZip.Write(inTurn, entries);
        using var sideBySide = new MemoryStream();
        DeterministicZip.WriteSideBySide(sideBySide, entries);

        Assert.Equal(inTurn.ToArray(), sideBySide.ToArray());
        using var temp = new TempDir();
        File.WriteAllBytes(temp.Combine("side.zip"), sideBySide.ToArray());
        AssertHolds(temp.Combine("side.zip"), Files);
    }

    [Fact]
    public void A_ZIP64_archive_reads_back_too()
    {
        using var temp = new TempDir();
        var zip = temp.Combine("zip64.zip");
        // Every size and offset above 0 and every entry count above 1 takes ZIP64's fields, as a
        // national archive's larger than 4 GiB would.
        using (var file = File.Create(zip))
        {
            var writer = new ZipWriter(file, zip64Above: 0, zip64Entries: 1);
            foreach (var (name, text, i) in Files.Select((f, i) => (f.Name, f.Text, i))) writer.Add(Deflated(temp, name, text, i));
            writer.Finish();
        }

        AssertHolds(zip, Files);
        Assert.Null(ZipIndex.Read(zip)); // not the plain form ZipIndex copies from: compressed again instead
    }

    [Fact]
    public void What_is_not_a_plain_ZIP_gives_no_index()
    {
        using var temp = new TempDir();
        var text = temp.Combine("text.zip");
        File.WriteAllText(text, "not a zip at all, but long enough to hold an end record");
        Assert.Null(ZipIndex.Read(text));
        Assert.Null(ZipIndex.Read(temp.Combine("missing.zip")));

        var cut = temp.Combine("cut.zip");
        using (var file = File.Create(cut))
            DeterministicZip.Write(file, Entries());
        var bytes = File.ReadAllBytes(cut);
        File.WriteAllBytes(cut, bytes[..^30]);
        Assert.Null(ZipIndex.Read(cut));
    }

    private static ZipEntryData Deflated(TempDir temp, string name, string text, int i) =>
        ZipWriter.Deflate(name, s => s.Write(Encoding.UTF8.GetBytes(text)), temp.Combine($"entry-{i}"));

    /// <summary><see cref="Files"/> as entries for <see cref="DeterministicZip"/>.</summary>
    private static List<(string Path, Action<Stream> Write)> Entries() =>
        Files.Select(f => (f.Name, (Action<Stream>)(s => s.Write(Encoding.UTF8.GetBytes(f.Text))))).ToList();

    private static void Write(string path, IEnumerable<ZipEntryData> entries)
    {
        using var file = File.Create(path);
        var writer = new ZipWriter(file);
        foreach (var entry in entries) writer.Add(entry);
        writer.Finish();
    }

    private static void AssertHolds(string zip, IReadOnlyList<(string Name, string Text)> files)
    {
        using (var archive = ZipFile.OpenRead(zip))
        {
            Assert.Equal(files.Select(f => f.Name), archive.Entries.Select(e => e.FullName));
            foreach (var (name, text) in files)
            {
                using var reader = new StreamReader(archive.GetEntry(name)!.Open(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
                Assert.Equal(text, reader.ReadToEnd());
            }
        }
        if (File.Exists("/usr/bin/unzip"))
        {
            // Info-ZIP checks every CRC and both directories against each other.
            using var unzip = Process.Start(new ProcessStartInfo("/usr/bin/unzip", ["-tq", zip]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var said = unzip.StandardOutput.ReadToEnd() + unzip.StandardError.ReadToEnd();
            unzip.WaitForExit();
            Assert.True(unzip.ExitCode == 0, said);
        }
    }
}
