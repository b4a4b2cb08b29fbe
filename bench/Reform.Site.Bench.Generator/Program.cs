using System.Globalization;
using Reform.Site.Bench.Generator;

// reform-bench-gen --initiatives N --out DIR [--hugo-out DIR] [--seed S] [--per-city K]
//
// Deterministic synthetic national data in the canonical format (data/themes.csv and
// data/plans/<code>-<slug>/...), about K (default 100) initiatives per city, and optionally the
// same records as a Hugo content tree. Only System.Random(seed): no clock, no GUIDs.

const string Usage = "usage: reform-bench-gen --initiatives N --out DIR [--hugo-out DIR] [--seed S] [--per-city K]";

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return 0;
}
if (!int.TryParse(Arg("--initiatives"), NumberStyles.None, CultureInfo.InvariantCulture, out var initiatives) || initiatives < 1 || Arg("--out") is not { } outDir)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var seed = int.TryParse(Arg("--seed"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : 20240601;
var perCity = int.TryParse(Arg("--per-city"), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0 ? k : 100;
var hugoDir = Arg("--hugo-out");

foreach (var dir in new[] { outDir, hugoDir }.OfType<string>())
{
    if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
    {
        Console.Error.WriteLine($"{dir} is not empty; give a new or empty directory");
        return 2;
    }
}

Directory.CreateDirectory(Path.Combine(outDir, "plans"));
CanonicalWriter.WriteThemes(outDir);
if (hugoDir is not null) HugoWriter.WriteShared(hugoDir);

var cities = (initiatives + perCity - 1) / perCity;
long nodes = 0, ratings = 0, texts = 0;
for (var i = 0; i < cities; i++)
{
    var count = i < cities - 1 ? perCity : initiatives - perCity * (cities - 1);
    var plan = PlanGenerator.Generate(seed, i, count);
    CanonicalWriter.Write(outDir, plan);
    if (hugoDir is not null) HugoWriter.Write(hugoDir, plan);
    nodes += plan.Nodes.Count;
    ratings += plan.Ratings.Count;
    texts += plan.Texts.Count;
}
Console.WriteLine($"generated {initiatives} initiatives in {cities} plans: {nodes} nodes, {ratings} ratings, {texts} texts (seed {seed}) → {outDir}{(hugoDir is null ? "" : " + " + hugoDir)}");
return 0;
