using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reform.Site.Cli;
using Reform.Site.Diagnostics;
using Reform.Site.Spreadsheets;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Spreadsheets;

/// <summary>A workbook given to <c>import</c> is whatever someone sent: it may try to write
/// outside the data folder, inflate to gigabytes, carry an external entity, or just be broken.
/// Each is refused with a code (RS130–RS134), exit 1, no stack trace, and data/ untouched.</summary>
public sealed class HostileWorkbookTests : IDisposable
{
    private const string Plan = "012131-sample-plan";
    private readonly TempDir _temp = new();
    private readonly IReadOnlyDictionary<string, string> _before;

    public HostileWorkbookTests()
    {
        TempDir.CopyTree(RepoPaths.GoodData, Data);
        _before = Snapshot(Data);
    }

    public void Dispose() => _temp.Dispose();

    private string Data => _temp.Combine("data");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (CliApp.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            : new Dictionary<string, string>();

    private void AssertDataUnchanged() => Assert.Equal(_before.OrderBy(p => p.Key), Snapshot(Data).OrderBy(p => p.Key));

    /// <summary>Import through the CLI: refused with <paramref name="code"/>, exit 1, no stack trace, data unchanged.</summary>
    private string AssertRefused(string workbook, string code, int exit = ExitCodes.DataError, params string[] extra)
    {
        var (actual, output, error) = Run(["import", workbook, "--data", Data, "--lang", "en", .. extra]);
        Assert.True(actual == exit, $"exit {actual}\n{output}\n{error}");
        Assert.Contains($"error {code} ", output);
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("internal error", error);
        AssertDataUnchanged();
        return output;
    }

    private static PlanImporter.Result Import(string workbook, string data) => PlanImporter.Import(workbook, data, null);

    /// <summary>A small workbook the way Excel writes it: a guide sheet naming the plan, a ratings sheet.</summary>
    private static void Workbook(string path, string planKey, Action<WorkbookPart, SharedStringTablePart>? tweak = null)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        Cell Str(string text)
        {
            strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
            return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(strings.SharedStringTable.Count() - 1) };
        }
        void AddSheet(string name, uint id, params Row[] rows)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Workbook.Sheets!.AppendChild(new Sheet { Name = name, SheetId = id, Id = workbook.GetIdOfPart(part) });
        }
        AddSheet("guide", 1, new Row(Str("item"), Str("value")), new Row(Str("plan"), Str(planKey)));
        AddSheet("ratings", 2,
            new Row(Str("node_id"), Str("fiscal_year"), Str("assessment"), Str("value"), Str("reason_ja"), Str("reason_en")),
            new Row(Str("p1-i1-b"), new Cell { CellValue = new CellValue(2021) }, Str("overall"), Str("B"), Str("理由")));
        tweak?.Invoke(workbook, strings);
        workbook.Workbook.Save();
    }

    /// <summary>Replaces one entry's text (the workbook is a zip of XML parts).</summary>
    private static void Rewrite(string path, string entryName, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        string text;
        using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    }

    private string GoodWorkbook(string name = "plan.xlsx")
    {
        var path = _temp.Combine(name);
        Workbook(path, Plan);
        return path;
    }

    [Fact]
    public void The_good_workbook_these_tests_start_from_imports()
    {
        var (exit, output, error) = Run("import", GoodWorkbook(), "--data", Data);
        Assert.True(exit == 0, output + error);
    }

    // ---- 1. The plan key is data, never a path ----

    [Theory]
    [InlineData("../../escape/plans/x")]
    [InlineData("012131-sample-plan/../../../escape")]
    [InlineData("/tmp/escape")]
    [InlineData("..")]
    [InlineData("012131-Sample-Plan")]
    [InlineData("sample-plan")]
    [InlineData("")]
    public void A_plan_key_that_is_not_a_plan_folder_name_is_refused_and_nothing_is_written_outside(string key)
    {
        // A plan folder where the traversal points, as an attacker would need for the old code to write there.
        var escape = _temp.Combine("escape");
        TempDir.CopyTree(Path.Combine(Data, "plans", Plan), Path.Combine(escape, "plans", "x"));
        var escapeBefore = Snapshot(escape);
        var outsideStaging = Path.Combine(Path.GetTempPath(), "escape");
        var stagingExisted = Directory.Exists(outsideStaging);
        var workbook = _temp.Combine("evil.xlsx");
        Workbook(workbook, key);
        var tempBefore = Directory.GetFileSystemEntries(_temp.Path).Order().ToList();
        var output = AssertRefused(workbook, "RS133");

        Assert.Contains($"\"{key}\" is not a plan folder name", output);
        Assert.Contains("evil.xlsx: sheet guide, cell B2 (value)", output);
        Assert.Equal(escapeBefore.OrderBy(p => p.Key), Snapshot(escape).OrderBy(p => p.Key));
        Assert.Equal(tempBefore, Directory.GetFileSystemEntries(_temp.Path).Order().ToList());
        Assert.Equal(stagingExisted, Directory.Exists(outsideStaging));
    }

    [Fact]
    public void A_plan_option_that_is_not_a_plan_folder_name_is_a_usage_error()
    {
        var output = AssertRefused(GoodWorkbook(), "RS133", ExitCodes.UsageError, "--plan", "../plans/" + Plan);
        Assert.Contains("plan.xlsx [--plan]", output);
    }

    [Fact]
    public void A_workbook_without_a_plan_row_is_refused_with_a_code()
    {
        var workbook = _temp.Combine("noplan.xlsx");
        Workbook(workbook, Plan);
        Rewrite(workbook, "xl/workbook.xml", x => x.Replace("name=\"guide\"", "name=\"notes\""));
        AssertRefused(workbook, "RS133");
    }

    [Fact]
    public void A_well_formed_key_for_a_plan_that_does_not_exist_is_refused_with_a_code()
    {
        var workbook = _temp.Combine("other.xlsx");
        Workbook(workbook, "131016-no-such-plan");
        var output = AssertRefused(workbook, "RS134");
        Assert.Contains("There is no plan \"131016-no-such-plan\"", output);
    }

    [Theory]
    [InlineData("041009-sendai-keiei-plan", true)]
    [InlineData("012131-sample-plan", true)]
    [InlineData("012131-sample-plan/..", false)]
    [InlineData("012131-", false)]
    [InlineData("01213-sample", false)]
    [InlineData("０１２１３１-sample", false)] // full-width digits
    [InlineData("012131-sample\\..\\..", false)]
    [InlineData("012131-sample.plan", false)]
    [InlineData("C:012131-sample", false)]
    public void Plan_keys_are_six_digits_a_hyphen_and_a_slug(string key, bool ok) => Assert.Equal(ok, PlanImporter.IsPlanKey(key));

    // ---- 2. Zip bombs ----

    /// <summary>Writes <paramref name="bytes"/> zeros into a new entry without holding them in memory.</summary>
    private static void ZerosEntry(ZipArchive zip, string name, long bytes)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        var block = new byte[1 << 20];
        for (long written = 0; written < bytes; written += block.Length)
            stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
    }

    private string Bomb(string name, Action<ZipArchive> entries)
    {
        var path = _temp.Combine(name);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create)) entries(zip);
        return path;
    }

    [Fact]
    public void A_part_that_inflates_to_300_MB_is_refused_quickly_without_inflating_it()
    {
        var path = Bomb("bomb.xlsx", zip => ZerosEntry(zip, "xl/worksheets/sheet1.xml", 300L << 20));
        Assert.True(new FileInfo(path).Length < 2 << 20, "the bomb is small on disk");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = Import(path, Data);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.WorkbookTooLarge, d.Code);
        Assert.Equal("xl/worksheets/sheet1.xml = 300 MiB", d.Argument("value"));
        Assert.Equal("64 MiB", d.Argument("expected"));
        Assert.True(allocated < 64L << 20, $"allocated {allocated:N0} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        AssertRefused(path, "RS131");
    }

    [Fact]
    public void A_part_that_compresses_better_than_100_to_1_is_refused()
    {
        var path = Bomb("ratio.xlsx", zip => ZerosEntry(zip, "xl/worksheets/sheet1.xml", 20L << 20));
        var output = AssertRefused(path, "RS131");
        Assert.Contains("the limit is 100:1", output);
    }

    [Fact]
    public void Parts_that_inflate_to_more_than_256_MiB_together_are_refused()
    {
        // Five parts of 60 MiB: each under the per-part limit, 300 MiB together. Not zeros: one
        // random byte in 64 keeps the ratio plausible for sheet XML (well under 100:1).
        var random = new Random(7);
        var block = new byte[1 << 20];
        for (var k = 0; k < block.Length; k++) block[k] = k % 64 == 0 ? (byte)random.Next(256) : (byte)'a';
        var path = Bomb("total.xlsx", zip =>
        {
            for (var i = 1; i <= 5; i++)
            {
                using var stream = zip.CreateEntry($"xl/worksheets/sheet{i}.xml", CompressionLevel.Fastest).Open();
                for (var m = 0; m < 60; m++) stream.Write(block);
            }
        });
        var output = AssertRefused(path, "RS131");
        Assert.Contains("the limit is 256 MiB", output);
    }

    [Fact]
    public void An_archive_of_more_than_10000_parts_is_refused()
    {
        var path = Bomb("entries.xlsx", zip =>
        {
            for (var i = 0; i <= WorkbookArchive.MaxEntries; i++) zip.CreateEntry($"x/{i}", CompressionLevel.NoCompression);
        });
        var output = AssertRefused(path, "RS131");
        Assert.Contains("10,001 parts", output);
    }

    [Fact]
    public void A_part_that_inflates_past_the_size_it_declares_is_cut_off_at_the_declared_size()
    {
        // 50 MiB of zeros declared as 1,000 bytes: the header checks pass, so what stops it is
        // the inflating itself being held to what the entry declared.
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            for (var m = 0; m < 50; m++) stream.Write(block);
        }
        var bytes = memory.ToArray();
        Patch(bytes, [0x50, 0x4b, 0x03, 0x04], 22, 1000); // local header: uncompressed size
        Patch(bytes, [0x50, 0x4b, 0x01, 0x02], 24, 1000); // central directory: uncompressed size
        var path = _temp.Combine("liar.xlsx");
        File.WriteAllBytes(path, bytes);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = Import(path, Data);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var d = Assert.Single(result.Diagnostics);
        // Either we count past 1,000 bytes (RS131), or System.IO.Compression stops at the
        // declared size itself (what .NET 10 does) and what is left is not a workbook (RS130);
        // never 50 MiB inflated.
        Assert.Contains(d.Code, new[] { Codes.UnreadableWorkbook, Codes.WorkbookTooLarge });
        Assert.True(allocated < 16L << 20, $"allocated {allocated:N0} bytes");
        AssertRefused(path, d.Code.ToString());
    }

    /// <summary>Whatever System.IO.Compression does with a lying header, the count stops an
    /// endless stream just past what the entry declared.</summary>
    [Theory]
    [InlineData(1_000L, 10L)]                  // declared small: stopped past 1,000 bytes
    [InlineData(64L << 20, 1_000_000L)]        // declared at the cap, honest ratio: stopped past 64 MiB
    [InlineData(32L << 20, 10_000L)]           // declared under the cap but 3,355:1: stopped past 1 MiB (the ratio floor)
    public void Counting_stops_an_entry_that_inflates_past_its_limits(long declared, long compressed)
    {
        using var capped = WorkbookArchive.Capped(new EndlessZeros(), "xl/worksheets/sheet1.xml", declared, compressed);
        var buffer = new byte[81920];
        long read = 0;
        var e = Assert.Throws<WorkbookRejectedException>((Action)(() => { while (true) read += capped.Read(buffer, 0, buffer.Length); }));
        Assert.Equal(Codes.WorkbookTooLarge, e.Code);
        var limit = Math.Min(Math.Min(declared, WorkbookArchive.MaxEntryBytes), Math.Max(WorkbookArchive.RatioFloorBytes, WorkbookArchive.MaxRatio * compressed));
        Assert.InRange(read, limit - buffer.Length, limit);
    }

    private sealed class EndlessZeros : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static void Patch(byte[] bytes, byte[] signature, int offset, uint value)
    {
        var at = bytes.AsSpan().IndexOf(signature);
        Assert.True(at >= 0);
        BitConverter.TryWriteBytes(bytes.AsSpan(at + offset, 4), value);
    }

    // ---- 3. DTDs and external entities ----

    [Theory]
    [InlineData("<!DOCTYPE x [<!ENTITY secret SYSTEM \"file://SECRET\">]>", "&secret;")]
    [InlineData("<!DOCTYPE x SYSTEM \"file://SECRET\">", "")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>", "&d;")]
    public void A_sheet_with_a_DTD_or_entity_is_refused_and_nothing_external_is_read(string doctype, string reference)
    {
        var secret = _temp.Combine("secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        var workbook = GoodWorkbook("dtd.xlsx");
        Rewrite(workbook, "xl/worksheets/sheet1.xml", xml =>
        {
            var declarationEnd = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
            var withDoctype = xml[..declarationEnd] + doctype.Replace("file://SECRET", new Uri(secret).AbsoluteUri) + xml[declarationEnd..];
            var rootEnd = withDoctype.IndexOf('>', declarationEnd + doctype.Length + 1) + 1;
            return withDoctype.Insert(rootEnd, reference); // the entity used in the sheet's content
        });

        var output = AssertRefused(workbook, "RS132");
        Assert.Contains("xl/worksheets/sheet1.xml", output);
        Assert.DoesNotContain("TOP-SECRET", output);
    }

    [Fact]
    public void A_DTD_in_the_shared_strings_is_refused_too()
    {
        var workbook = GoodWorkbook("dtd-strings.xlsx");
        Rewrite(workbook, "xl/sharedStrings.xml", xml => xml.Insert(xml.IndexOf("?>", StringComparison.Ordinal) + 2, "<!DOCTYPE sst [<!ENTITY x \"y\">]>"));
        AssertRefused(workbook, "RS132");
    }

    // ---- 4. Broken workbooks ----

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused_with_a_code()
    {
        var path = _temp.Combine("text.xlsx");
        File.WriteAllText(path, "node_id,fiscal_year\np1,2021\n");
        var output = AssertRefused(path, "RS130");
        Assert.Contains("not a zip archive", output);
    }

    [Fact]
    public void A_broken_workbook_is_explained_in_Japanese_to_Japanese_staff()
    {
        var path = _temp.Combine("text.xlsx");
        File.WriteAllText(path, "node_id,fiscal_year\np1,2021\n");
        var workbook = GoodWorkbook();
        Rewrite(workbook, "xl/worksheets/sheet2.xml", xml => xml[..(xml.Length / 2)]);
        foreach (var (file, ja) in new[] { (path, "zip 形式のファイル（.xlsx）ではありません。"), (workbook, "部品 xl/worksheets/sheet2.xml の XML が壊れています") })
        {
            var (exit, output, _) = Run("import", file, "--data", Data, "--lang", "ja");
            Assert.Equal(ExitCodes.DataError, exit);
            Assert.Contains("ブックを読み込めません。" + ja, output);
            Assert.DoesNotContain("not a zip archive", output);
            Assert.DoesNotContain("not well-formed", output);
        }
        AssertDataUnchanged();
    }

    [Fact]
    public void An_empty_file_is_refused_with_a_code()
    {
        var path = _temp.Combine("empty.xlsx");
        File.WriteAllBytes(path, []);
        AssertRefused(path, "RS130");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void A_truncated_workbook_is_refused_with_a_code(double keep)
    {
        var good = File.ReadAllBytes(GoodWorkbook());
        var path = _temp.Combine("truncated.xlsx");
        File.WriteAllBytes(path, good[..(int)(good.Length * keep)]);
        AssertRefused(path, "RS130");
    }

    [Fact]
    public void A_sheet_that_is_not_well_formed_XML_is_refused_with_a_code()
    {
        var workbook = GoodWorkbook();
        Rewrite(workbook, "xl/worksheets/sheet2.xml", xml => xml[..(xml.Length / 2)]);
        var output = AssertRefused(workbook, "RS130");
        Assert.Contains("xl/worksheets/sheet2.xml is not well-formed XML", output);
    }

    [Fact]
    public void A_workbook_without_its_workbook_part_is_refused_with_a_code()
    {
        var workbook = GoodWorkbook();
        using (var zip = ZipFile.Open(workbook, ZipArchiveMode.Update)) zip.GetEntry("xl/workbook.xml")!.Delete();
        AssertRefused(workbook, "RS130");
    }

    [Fact]
    public void A_sheet_whose_part_is_missing_is_refused_with_a_code()
    {
        var workbook = GoodWorkbook();
        using (var zip = ZipFile.Open(workbook, ZipArchiveMode.Update)) zip.GetEntry("xl/worksheets/sheet2.xml")!.Delete();
        AssertRefused(workbook, "RS130");
    }

    [Fact]
    public void A_shared_string_index_out_of_range_is_refused_with_a_code()
    {
        var workbook = _temp.Combine("strings.xlsx");
        Workbook(workbook, Plan, (part, _) =>
        {
            var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "ratings").Id!);
            sheet.Worksheet.Descendants<Row>().Last().AppendChild(new Cell { CellReference = "F2", DataType = CellValues.SharedString, CellValue = new CellValue(999) });
        });
        var output = AssertRefused(workbook, "RS130");
        Assert.Contains("sheet ratings, cell F2: shared string \"999\" does not exist", output);
    }

    [Theory]
    [InlineData("<c r=\"ZZZZZZZZ2\"><v>1</v></c>")] // a column far past XFD: padding to it would never end
    [InlineData("<c r=\"XFE2\"><v>1</v></c>")]
    public void A_cell_beyond_Excels_last_column_is_refused_with_a_code(string cell)
    {
        var workbook = GoodWorkbook();
        Rewrite(workbook, "xl/worksheets/sheet2.xml", xml => xml.Replace("</x:row></x:sheetData>", cell.Replace("<c", "<x:c").Replace("<v>", "<x:v>").Replace("</v></c>", "</x:v></x:c>") + "</x:row></x:sheetData>"));
        var output = AssertRefused(workbook, "RS130");
        Assert.Contains("beyond column XFD", output);
    }

    [Fact]
    public void A_row_beyond_Excels_last_row_is_refused_with_a_code()
    {
        var workbook = GoodWorkbook();
        Rewrite(workbook, "xl/worksheets/sheet2.xml", xml => xml.Replace("</x:sheetData>", "<x:row r=\"4294967295\"/></x:sheetData>"));
        var output = AssertRefused(workbook, "RS130");
        Assert.Contains("row 4294967295 is outside", output);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var (exit, _, error) = Run("import", _temp.Combine("nope.xlsx"), "--data", Data);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("no such file", error);
        AssertDataUnchanged();
    }

    [Fact]
    public void Messages_are_in_Japanese_too()
    {
        var path = _temp.Combine("text.xlsx");
        File.WriteAllText(path, "not a workbook");
        var (exit, output, _) = Run("import", path, "--data", Data, "--lang", "ja");
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains("error RS130 text.xlsx", output);
        Assert.Contains("ja: ブックを読み込めません", output);
    }
}
