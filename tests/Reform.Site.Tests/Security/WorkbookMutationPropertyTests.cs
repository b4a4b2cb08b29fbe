using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Reform.Site.Cli;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Security;

/// <summary>Property-based tests (FsCheck) of <c>import</c>: a workbook exported from the good
/// fixture, then damaged at random — bytes of the file itself, or bytes and text inside one of
/// its XML parts (the shared strings, a sheet, the workbook) — is imported. Whatever the damage,
/// the exit is 0, 1 or 2, nothing reaches the error stream (an exception is exit 70 and a
/// message there), and a refused import leaves data/ byte for byte.</summary>
public sealed class WorkbookMutationPropertyTests
{
    private const int Runs = 150;
    private const string Plan = "012131-sample-plan";

    private static readonly string[] Inserts =
    [
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<c r=\"XFE1\" t=\"s\"><v>0</v></c>", "<v>99999</v>", "<v>-1</v>",
        "<v>1e309</v>", "\u0000", "</sheetData>", "<", "&#0;", "&#xFFFE;", "<t>=1+1</t>", "<t>../../x</t>", "t=\"e\"", "<v>#NAME?</v>",
    ];

    [Fact]
    public void Import_never_crashes_and_a_refused_import_changes_nothing()
    {
        using var baseline = new TempDir();
        var data = baseline.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var workbook = baseline.Combine("plan.xlsx");
        Assert.Equal(0, Run("export-template", Plan, "--data", data, "--out", workbook).Exit);
        var good = File.ReadAllBytes(workbook);
        var parts = Parts(good);

        var mutations = Gen.OneOf(
            from position in Gen.Choose(0, good.Length - 1)
            from value in Gen.Choose(0, 255)
            from cut in Gen.Elements(false, false, true)
            select (Func<byte[]>)(() => FileBytes(good, position, (byte)value, cut)),
            from part in Gen.Elements(parts)
            from position in Gen.Choose(0, 100_000)
            from insert in Gen.Elements(Inserts)
            from delete in Gen.Choose(0, 40)
            select (Func<byte[]>)(() => PartText(good, part, position, insert, delete)));

        var run = 0;
        Check.One(PropertyRuns.Seeded(Runs), Prop.ForAll(mutations.ToArbitrary(), make =>
        {
            using var temp = new TempDir();
            var copy = temp.Combine("data");
            TempDir.CopyTree(RepoPaths.GoodData, copy);
            var before = Snapshot(copy);
            var file = temp.Combine($"damaged-{run++}.xlsx");
            File.WriteAllBytes(file, make());
            var (exit, error) = Run("import", file, "--data", copy);
            var kept = exit == 0 || Snapshot(copy) == before;
            return (exit is 0 or 1 or 2 && error.Length == 0 && kept).Label($"exit {exit}, data {(kept ? "kept" : "CHANGED")}: {error}");
        }));
    }

    private static string[] Parts(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private static byte[] FileBytes(byte[] good, int position, byte value, bool cut)
    {
        var bytes = (byte[])good.Clone();
        if (cut) return bytes[..position];
        bytes[position] ^= (byte)(value | 1);
        return bytes;
    }

    /// <summary>The workbook with one XML part edited as text: <paramref name="delete"/> characters
    /// removed at <paramref name="position"/> and <paramref name="insert"/> put there.</summary>
    private static byte[] PartText(byte[] good, string part, int position, string insert, int delete)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(good), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName == part)
                {
                    var at = position % (text.Length + 1);
                    text = text.Remove(at, Math.Min(delete, text.Length - at)).Insert(at, insert);
                }
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    private static (int Exit, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (CliApp.Run(args, output, error), error.ToString());
    }

    private static string Snapshot(string folder) => string.Join("\n",
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
}
