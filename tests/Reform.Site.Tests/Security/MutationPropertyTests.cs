using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Reform.Site.Cli;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Security;

/// <summary>Property-based tests (FsCheck) over random mutations of a valid data folder: bytes
/// flipped, inserted or cut; cells replaced with hostile values; plan.json values replaced with
/// values of other types and sizes. Whatever the mutation, <c>validate</c> and <c>build</c> answer
/// with exit 0 or 1 and nothing on the error stream (an exception is exit 70 and a message
/// there), they agree, and a refused build leaves the previous output byte for byte.</summary>
/// <remarks>Bounded for the suite (a fixed seed, a few hundred cases, well under a minute);
/// raise <see cref="Runs"/> locally to search longer.</remarks>
public sealed class MutationPropertyTests
{
    private const int Runs = 300;
    private const int BuildRuns = 60;
    private const string Plan = "plans/012131-sample-plan";

    private static readonly string[] Files = Directory.GetFiles(Path.Combine(RepoPaths.GoodData, "plans", "012131-sample-plan"))
        .Select(f => $"{Plan}/{Path.GetFileName(f)}").Append("themes.csv").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Values that have broken parsers before: overflows, exponents, control and
    /// non-characters, line breaks at the end of ids, device names, quotes, formulas, markup.</summary>
    private static readonly string[] Hostile =
    [
        "", " ", "0", "-1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "79228162514264337593543950335",
        "1e309", "1E5", "NaN", "Infinity", "-0", "0.0000000000000000000000000001", "1,000", "１２３", "令和4",
        "p1\n", "p1\r\n", "\np1", "con", "nul", "com1", "LPT9", "a--b", "-a", new string('a', 65),
        "\0", "\u0007", "\u007f", "\u0085", "\uFFFE", "\uFFFF", "\uFDD0", "\ud800", "x\udc00", "🙂", "\u202e",
        "\"", "\"\"", "\",\"", "=1+1", "+cmd", "@SUM(A1)", "<script>alert(1)</script>", "javascript:alert(1)",
        "../../etc/passwd", "downloads", "departments", "changes", "A", "Ａ", "◎", "千円", "万円", "true", "false",
    ];

    [Fact]
    public void Validate_never_crashes_and_exits_0_or_1_whatever_the_mutation()
    {
        using var good = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, good.Path);
        Check.One(PropertyRuns.Seeded(Runs), Prop.ForAll(Mutations().ToArbitrary(), mutation =>
        {
            var (exit, error) = ValidateMutated(good.Path, mutation);
            return (exit is 0 or 1 && error.Length == 0).Label($"{mutation}: exit {exit} {error}");
        }));
    }

    [Fact]
    public void Build_agrees_with_validate_and_a_refused_build_leaves_the_previous_output()
    {
        using var baseline = new TempDir();
        var previous = baseline.Combine("_site");
        Assert.Equal(0, Run("build", "--data", RepoPaths.GoodData, "--out", previous, "--content", baseline.Combine("no-content"), "--search", "off", "--history", "0", "--quiet").Exit);
        var previousHash = Hash(previous);
        Check.One(PropertyRuns.Seeded(BuildRuns), Prop.ForAll(Mutations().ToArbitrary(), mutation =>
        {
            using var temp = new TempDir();
            var data = temp.Combine("data");
            TempDir.CopyTree(RepoPaths.GoodData, data);
            mutation.Apply(data);
            var output = temp.Combine("_site");
            TempDir.CopyTree(previous, output);
            var content = temp.Combine("no-content");
            var validated = Run("validate", "--data", data, "--content", content).Exit;
            var (built, error) = Run("build", "--data", data, "--out", output, "--content", content, "--search", "off", "--history", "0", "--quiet", "--cache-dir", temp.Combine("cache"));
            var unchanged = built == 0 || Hash(output) == previousHash;
            return (built is 0 or 1 && error.Length == 0 && built == validated && unchanged)
                .Label($"{mutation}: validate {validated}, build {built}, previous output {(unchanged ? "kept" : "CHANGED")} {error}");
        }));
    }

    /// <summary>Not random: every value of plan.json, in turn, replaced by a value of every other
    /// JSON type and by the hostile values of its own type (overflowing numbers, control and
    /// unpaired surrogate escapes): a random search rarely lands on one of the few numbers that
    /// overflowed.</summary>
    [Fact]
    public void Validate_survives_every_value_of_plan_json_replaced()
    {
        var numbers = new[] { "1e309", "-1e309", "2147483648", "2147483647", "-2147483649", "1e28", "79228162514264337593543950336", "0.5", "-7", "0" };
        var strings = new[] { "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\uFFFE\"", "\"x\\n\"", "\"con\"", "\"javascript:alert(1)\"", "\"1e309\"" };
        var others = new[] { "null", "true", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "{\"ja\":null}" };
        using var good = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, good.Path);
        var slots = JsonMutation.SlotCount(Path.Combine(good.Path, Plan, "plan.json"));
        var failures = new List<string>();
        for (var slot = 0; slot < slots; slot++)
        {
            foreach (var value in numbers.Concat(strings).Concat(others))
            {
                var mutation = new JsonMutation(slot, value);
                var (exit, error) = ValidateMutated(good.Path, mutation);
                if (exit is not (0 or 1) || error.Length > 0) failures.Add($"{mutation}: exit {exit} {error}");
            }
        }
        Assert.True(slots > 100);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    /// <summary>Not random either: the first data row's cell of every column of every table, in
    /// turn, replaced by each of the values that overflow, break ids or hide characters.</summary>
    [Fact]
    public void Validate_survives_every_column_of_every_table_replaced()
    {
        var values = new[] { "", "2147483648", "-2147483649", "99999999999999999999", "79228162514264337593543950335", "1e309", "NaN", "-0",
            "p1\n", "con", new string('a', 65), "\0", "\uFFFE", "\ud800", "=1+1", "\"", "downloads", "１２３" };
        using var good = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, good.Path);
        var failures = new List<string>();
        var count = 0;
        foreach (var file in Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var columns = File.ReadLines(Path.Combine(good.Path, file)).First().Split(',').Length;
            for (var column = 0; column < columns; column++)
            {
                foreach (var value in values)
                {
                    var mutation = new CellMutation(file, 1, column, value);
                    var (exit, error) = ValidateMutated(good.Path, mutation);
                    if (exit is not (0 or 1) || error.Length > 0) failures.Add($"{mutation}: exit {exit} {error}");
                    count++;
                }
            }
        }
        Assert.True(count > 500);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    /// <summary>Numbers that validate but may still break arithmetic (a zero baseline, the largest
    /// amount allowed, a negative count) in every numeric column, in turn: when validate accepts
    /// the data, build must build it.</summary>
    [Fact]
    public void Build_survives_every_valid_extreme_number_in_every_numeric_column()
    {
        var values = new[] { "0", "-1", "0.0001", "1000000000000000", "-1000000000000000", "999999999", "1950", "2100" };
        using var good = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, good.Path);
        var failures = new List<string>();
        var built = 0;
        foreach (var file in Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var table = Path.GetFileNameWithoutExtension(file);
            var header = File.ReadLines(Path.Combine(good.Path, file)).First().Split(',');
            for (var column = 0; column < header.Length; column++)
            {
                if (Reform.Site.Loading.TableSchemaCatalog.Get(table).Field(header[column]) is not { Type: Reform.Site.Loading.FieldType.Integer or Reform.Site.Loading.FieldType.Number }) continue;
                foreach (var value in values)
                {
                    using var temp = new TempDir();
                    var data = temp.Combine("data");
                    TempDir.CopyTree(good.Path, data);
                    var mutation = new CellMutation(file, 1, column, value);
                    mutation.Apply(data);
                    var content = temp.Combine("no-content");
                    if (Run("validate", "--data", data, "--content", content).Exit != 0) continue;
                    var (exit, error) = Run("build", "--data", data, "--content", content, "--out", temp.Combine("_site"), "--search", "off", "--history", "0", "--quiet", "--cache-dir", temp.Combine("cache"));
                    if (exit != 0 || error.Length > 0) failures.Add($"{mutation}: build exit {exit} {error}");
                    built++;
                }
            }
        }
        Assert.True(built > 20);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    /// <summary>Validates the good data with <paramref name="mutation"/> applied, in a folder of its own.</summary>
    private static (int Exit, string Error) ValidateMutated(string good, Mutation mutation)
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(good, data);
        mutation.Apply(data);
        return Run("validate", "--data", data, "--content", temp.Combine("no-content"));
    }

    private static Gen<Mutation> Mutations() => Gen.OneOf(
        from file in Gen.Elements(Files)
        from kind in Gen.Elements(ByteMutation.Flip, ByteMutation.Insert, ByteMutation.Delete, ByteMutation.Truncate)
        from position in Gen.Choose(0, 4000)
        from value in Gen.Choose(0, 255)
        select (Mutation)new BytesMutation(file, kind, position, (byte)value),
        from file in Gen.Elements(Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).ToArray())
        from row in Gen.Choose(0, 12)
        from column in Gen.Choose(0, 10)
        from value in Gen.Elements(Hostile)
        select (Mutation)new CellMutation(file, row, column, value),
        from index in Gen.Choose(0, 400)
        from value in Gen.Elements(HostileJson())
        select (Mutation)new JsonMutation(index, value));

    private static string[] HostileJson() =>
        [.. Hostile.Select(h => System.Text.Json.JsonSerializer.Serialize(h)), "null", "true", "[]", "{}", "[[[[[[[[]]]]]]]]", "1e309", "-1e309", "2147483648", "1.5", "-7", "0",
         "{\"ja\":\"\",\"en\":null}", "\"\\u0000\"", "\"\\ud800\""];

    private static (int Exit, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, error.ToString());
    }

    private static string Hash(string folder)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(Path.GetRelativePath(folder, file)).Append(' ').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))).Append('\n');
        return text.ToString();
    }

    public enum ByteMutation { Flip, Insert, Delete, Truncate }

    public abstract record Mutation
    {
        public abstract void Apply(string data);
    }

    private sealed record BytesMutation(string File, ByteMutation Kind, int Position, byte Value) : Mutation
    {
        public override void Apply(string data)
        {
            var path = Path.Combine(data, File);
            var bytes = System.IO.File.ReadAllBytes(path).ToList();
            var at = bytes.Count == 0 ? 0 : Position % bytes.Count;
            switch (Kind)
            {
                case ByteMutation.Flip when bytes.Count > 0: bytes[at] ^= (byte)(Value | 1); break;
                case ByteMutation.Insert: bytes.Insert(at, Value); break;
                case ByteMutation.Delete when bytes.Count > 0: bytes.RemoveAt(at); break;
                case ByteMutation.Truncate: bytes.RemoveRange(at, bytes.Count - at); break;
            }
            System.IO.File.WriteAllBytes(path, [.. bytes]);
        }
    }

    private sealed record CellMutation(string File, int Row, int Column, string Value) : Mutation
    {
        public override void Apply(string data)
        {
            var path = Path.Combine(data, File);
            var lines = System.IO.File.ReadAllText(path).Split('\n').ToList();
            var row = Row % lines.Count;
            var cells = lines[row].Split(',');
            cells[Column % cells.Length] = "\"" + Value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            lines[row] = string.Join(',', cells);
            System.IO.File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));
        }

        public override string ToString() => $"CellMutation {{ {File} row {Row} column {Column} = {System.Text.Json.JsonSerializer.Serialize(Value)} }}";
    }

    /// <summary>Replaces the <see cref="Index"/>-th value of plan.json (in document order) with
    /// <see cref="Json"/>.</summary>
    private sealed record JsonMutation(int Index, string Json) : Mutation
    {
        public override void Apply(string data)
        {
            var path = Path.Combine(data, Plan, "plan.json");
            var root = JsonNode.Parse(System.IO.File.ReadAllText(path))!;
            var slots = new List<(JsonNode Parent, object Key)>();
            Collect(root, slots);
            var (parent, key) = slots[Index % slots.Count];
            // The value goes in as JSON text: a lone surrogate escape cannot pass through JsonNode.
            const string Marker = "@@mutation@@";
            if (parent is JsonObject o) o[(string)key] = Marker;
            else ((JsonArray)parent)[(int)key] = Marker;
            System.IO.File.WriteAllText(path, root.ToJsonString().Replace($"\"{Marker}\"", Json, StringComparison.Ordinal));
        }

        public static int SlotCount(string planJson)
        {
            var slots = new List<(JsonNode, object)>();
            Collect(JsonNode.Parse(System.IO.File.ReadAllText(planJson))!, slots);
            return slots.Count;
        }

        private static void Collect(JsonNode node, List<(JsonNode, object)> slots)
        {
            if (node is JsonObject o)
                foreach (var (key, value) in o.ToList()) { slots.Add((o, key)); if (value is not null) Collect(value, slots); }
            else if (node is JsonArray a)
                for (var i = 0; i < a.Count; i++) { slots.Add((a, i)); if (a[i] is { } item) Collect(item, slots); }
        }
    }
}
